"""1M iterations each reading two object fields and writing two (4M field accesses in all)."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run():
    p = Point(0, 0)
    for i in range(1000000):
        p.x = p.x + i
        p.y = p.y + p.x % 7
    return p.x + p.y


if __name__ == "__main__":
    print(run())
