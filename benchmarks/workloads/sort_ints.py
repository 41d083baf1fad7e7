"""Pushes 200k pseudo-random ints (a linear congruential generator) and sorts them with sorted()."""


def run():
    xs = []
    x = 42
    for i in range(200000):
        x = (x * 1103515245 + 12345) % 2147483648
        xs.append(x)
    ordered = sorted(xs)
    return ordered[0] + ordered[100000] + ordered[199999]


if __name__ == "__main__":
    print(run())
