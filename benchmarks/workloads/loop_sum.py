"""A 10M-iteration while loop summing its counter: the bare loop and local-variable path."""


def run():
    i = 0
    total = 0
    while i < 10000000:
        total = total + i
        i = i + 1
    return total


if __name__ == "__main__":
    print(run())
