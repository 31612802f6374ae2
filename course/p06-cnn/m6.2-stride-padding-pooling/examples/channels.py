# One filter on a colour patch: three channels, each with its own weights, all added up.

patch = [  # a 2 by 2 patch of a colour photo: one grid per channel
    [[1, 2], [0, 1]],  # red
    [[2, 0], [1, 1]],  # green
    [[0, 1], [3, 2]],  # blue
]
kernel = [  # the filter's weights: also one 2 by 2 grid per channel
    [[1, 0], [0, 1]],  # for red
    [[0.5, 0.5], [0, 0]],  # for green
    [[1, -1], [0, 1]],  # for blue
]
names = ["red", "green", "blue"]  # the name of each channel

total = 0  # the one number this filter makes for this place
for ch in range(3):  # each channel in turn
    channel_sum = 0  # the sum for this channel
    for r in range(2):  # each row of the patch
        for c in range(2):  # each column
            product = patch[ch][r][c] * kernel[ch][r][c]  # pixel times its weight
            channel_sum = channel_sum + product  # add it in
    print(f"{names[ch]:5} channel sum: {channel_sum:g}")  # one sum per channel
    total = total + channel_sum  # the channels are added together
print(f"total, one number in the feature map: {total:g}")  # a single number, not three
print("weights in this filter:", 2 * 2 * 3)  # 2 by 2 on each of 3 channels
