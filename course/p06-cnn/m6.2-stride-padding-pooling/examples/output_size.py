# How big is the feature map? The rule out = (n + 2p - k) // s + 1, one step at a time.


def output_size(n, k, padding, stride):
    """The width of the feature map, showing every step of the rule."""
    padded = n + 2 * padding  # the border of zeros goes on both sides
    print(f"  padded width: {n} + 2 x {padding} = {padded}")
    room = padded - k  # how far the filter can move after its first place
    print(f"  room to move: {padded} - {k} = {room}")
    jumps = room // stride  # whole jumps only: // divides and rounds down
    print(f"  whole jumps:  {room} // {stride} = {jumps}")
    out = jumps + 1  # the first place, plus one place after each jump
    print(f"  output size:  {jumps} + 1 = {out}")
    return out  # hand the number back to whoever asked


cases = [  # (image size, filter size, padding, stride)
    (28, 3, 0, 1),  # plain convolution, as in the last lesson
    (28, 3, 1, 1),  # a border of one zero: the size stays 28
    (28, 3, 0, 2),  # stride 2: about half as wide
    (5, 3, 1, 2),  # padding and stride together
]
for n, k, p, s in cases:  # work out each one
    print(f"n = {n}, k = {k}, padding = {p}, stride = {s}")  # what we start from
    output_size(n, k, p, s)  # prints its own steps
    print()  # an empty line between cases

# The first half of the course's CNN, one layer at a time.
side = 28  # a digit photo is 28 by 28
channels = 1  # grey: one number per pixel
print(f"image:          {side} x {side} x {channels}")  # the start
side = output_size(side, 3, 0, 1)  # a 3 by 3 filter, no padding, stride 1
channels = 8  # 8 filters make 8 feature maps
print(f"after 8 filters: {side} x {side} x {channels}")  # the maps after convolution
side = output_size(side, 2, 0, 2)  # 2 by 2 max pooling, stride 2: the same rule
print(f"after pooling:  {side} x {side} x {channels}")  # pooling keeps the channels
print("numbers left:", side * side * channels)  # what the next layer gets
