import math  # for math.exp
import random  # for starting weights and shuffling


def train_and_predict(train_x, train_y, test_x):
    """Train a network from scratch on (train_x, train_y); return a label (0 or 1) per test point.

    train_x: a list of points [x, y], each number between -1 and 1.
    train_y: a list of labels, 0 or 1, one per training point.
    test_x:  a list of new points. Return one label per point, in order.
    """
    # Your code here
