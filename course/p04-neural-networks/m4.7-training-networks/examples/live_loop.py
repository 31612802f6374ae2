# Fit a line y = w * x + b to four points, and watch the loss fall on a live chart.
from fromzero import live  # live.log(...) draws a point on the chart below your output

xs = [1, 2, 3, 4]  # the inputs
ys = [3, 5, 7, 9]  # the targets (they follow y = 2x + 1, but the neuron does not know that)
w, b = 0.0, 0.0  # start knowing nothing
lr = 0.05  # the learning rate: how big each step is

for epoch in range(1, 301):  # one epoch = one pass over all the points
    slope_w, slope_b, loss = 0.0, 0.0, 0.0  # totals for this pass
    for x, y in zip(xs, ys):
        error = (w * x + b) - y  # output minus target
        loss += error * error  # add up the squared errors
        slope_w += 2 * error * x  # how the loss moves when w moves
        slope_b += 2 * error  # how the loss moves when b moves
    n = len(xs)  # divide by the number of points: the mean
    w -= lr * slope_w / n  # step w against its slope
    b -= lr * slope_b / n  # step b against its slope
    live.log(step=epoch, loss=loss / n)  # one point on the live chart per epoch

print(f"w = {w:.3f}, b = {b:.3f}")  # close to 2 and 1
