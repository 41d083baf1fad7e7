"""Nested for loops over range(1000) x range(1000): 1M inner iterations."""


def run():
    total = 0
    for i in range(1000):
        for j in range(1000):
            total = total + (i * j) % 7
    return total


if __name__ == "__main__":
    print(run())
