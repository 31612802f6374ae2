def conv_stride(image, kernel, stride):
    """Slide `kernel` over `image` with no padding, jumping `stride` squares; return the map."""
    # Your code here
