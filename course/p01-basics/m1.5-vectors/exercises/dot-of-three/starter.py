def dot3(a, b):
    """Return the dot product of two vectors of three numbers. dot3([1, 2, 3], [4, 5, 6]) is 32."""
    # Your code here
