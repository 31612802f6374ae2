def cnn_forward(image, kernel, dense_w, dense_b):
    """A 6x6 image -> 3x3 filter -> ReLU -> 2x2 max pool -> flatten -> dense. Return the scores."""
    # Your code here
