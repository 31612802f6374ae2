# Why divide by 255? Feed one sigmoid neuron raw pixels, then normalised ones.
import math  # for math.exp


def sigmoid(z):  # squash any number into 0 to 1
    return 1 / (1 + math.exp(-z))  # 1 ÷ (1 + e to the power −z)


weights = [0.02, 0.03]  # two small weights, like a new network starts with

for name, pixels in [("raw", [255, 255]), ("normalised", [1.0, 1.0])]:  # the same two white pixels
    z = 0  # the weighted sum starts at 0
    for p, w in zip(pixels, weights):  # each pixel with its weight
        z = z + p * w  # add pixel × weight
    s = sigmoid(z)  # the neuron's output
    slope = s * (1 - s)  # sigmoid's slope: s × (1 − s)
    print(f"{name}: sum {z:.2f}, sigmoid {s:.6f}, slope {slope:.6f}")  # show all three

# A real digit has about 150 white pixels, not 2. The raw sum gets huge.
z = 150 * 255 * 0.02  # 150 pixels of 255, each times a weight of 0.02
s = sigmoid(z)  # so close to 1 that the computer rounds it to 1
print(f"150 raw pixels: sum {z:.1f}, sigmoid {s}, slope {s * (1 - s)}")  # the slope is 0
