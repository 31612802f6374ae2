# Train a neuron on a dataset: it finds the rule "target = 2 × input" by itself.

data = [[2, 4], [3, 6], [5, 10], [1, 2]]  # the dataset: [input, target] for each example
weight = 0.1  # the starting weight: a poor guess
learning_rate = 0.01  # the size of each step

for epoch in range(1, 31):  # 30 epochs: 1, 2, ..., 30
    total_loss = 0  # start this epoch's total at 0
    for x, target in data:  # one example at a time
        prediction = x * weight  # predict
        error = prediction - target  # the error
        total_loss = total_loss + error * error  # add this example's loss to the total
        gradient = 2 * error * x  # the gradient: 2 × error × input
        weight = weight - learning_rate * gradient  # one step downhill
    mean_loss = total_loss / len(data)  # this epoch's mean loss
    if epoch == 1 or epoch % 5 == 0:  # print epoch 1, then every 5th epoch
        print(f"Epoch {epoch}: mean loss {mean_loss:.8f}, weight {round(weight, 4)}")  # one dot of the loss curve

print(f"Learned weight: {round(weight, 4)} (the rule is 2)")  # the result
print(f"Prediction for input 7: {round(7 * weight, 4)}")  # try an input it never saw
