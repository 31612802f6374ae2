# The same convolution with numpy: two loops for the places, one line for the 9 products.
import numpy as np

edge = np.array([  # 3 × 6: dark on the left, bright on the right
    [0, 0, 0, 10, 10, 10],
    [0, 0, 0, 10, 10, 10],
    [0, 0, 0, 10, 10, 10],
])
kernel = np.array([  # the vertical-edge filter
    [1, 0, -1],
    [1, 0, -1],
    [1, 0, -1],
])

k = kernel.shape[0]  # the filter is 3 × 3
height, width = edge.shape  # the picture is 3 × 6
out = np.zeros((height - k + 1, width - k + 1), dtype=int)  # the map: 1 × 4, all 0 for now
for r in range(out.shape[0]):  # each place down
    for c in range(out.shape[1]):  # each place across
        block = edge[r:r + k, c:c + k]  # slice out the 3 × 3 patch
        out[r, c] = (block * kernel).sum()  # * multiplies matching pairs, .sum() adds all 9
        print("place", r, c, "sum", out[r, c])
print("feature map:")
print(out)

# Move the edge one pixel to the right: the big numbers move one place too.
moved = np.roll(edge, 1, axis=1)  # every column one step right (the last wraps to the front)
moved[:, 0] = 0  # keep the wrapped column dark
print("moved picture, row 0:", moved[0])
moved_map = np.array([[(moved[r:r + k, c:c + k] * kernel).sum() for c in range(out.shape[1])]
                      for r in range(out.shape[0])])  # the same two slides, written short
print("moved map:", moved_map)
