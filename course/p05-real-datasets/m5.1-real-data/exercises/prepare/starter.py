def prepare(image, label):
    """Return (inputs, target): the image flattened and divided by 255, and the label one-hot."""
    # Your code here
