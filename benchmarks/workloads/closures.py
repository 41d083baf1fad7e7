"""Higher-order functions over 1M elements (map, filter, reduce with lambdas), then a captured
counter closure called 1M times."""

from functools import reduce


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count = count + step
        return count

    return counter


def run():
    n = 1000000
    factor = 2
    doubled = list(map(lambda x: x * factor, range(n)))
    thirds = list(filter(lambda x: x % 3 == 0, doubled))
    total = reduce(lambda acc, x: acc + x, thirds, 0)
    counter = make_counter(3)
    last = 0
    for i in range(n):
        last = counter()
    return total + last


if __name__ == "__main__":
    print(run())
