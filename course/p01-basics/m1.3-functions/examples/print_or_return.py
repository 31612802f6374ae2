# print shows a number; return hands it back so we can use it.


def double_print(x):  # this one only shows its answer
    print("I worked out", 2 * x)  # shows it on the screen, then forgets it


def double_return(x):  # this one hands its answer back
    return 2 * x  # the caller gets the number


a = double_print(3)  # runs the function: it prints, but gives nothing back
print("double_print gave back:", a)  # None: Python's word for nothing

b = double_return(3)  # runs the function and keeps its answer
print("double_return gave back:", b)  # 6
print("and we can use it:", b + 1)  # 7
