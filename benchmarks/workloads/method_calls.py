"""1M method calls on an object."""


class Account:
    def __init__(self, base):
        self.base = base

    def add(self, k):
        return self.base + k


def run():
    acct = Account(1)
    total = 0
    for i in range(1000000):
        total = total + acct.add(i)
    return total


if __name__ == "__main__":
    print(run())
