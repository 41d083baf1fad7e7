"""Builds a string by 100k concatenations of short pieces."""


def run():
    pieces = ["a", "bc", "def", "g"]
    s = ""
    for i in range(100000):
        s = s + pieces[i % 4]
    return len(s)


if __name__ == "__main__":
    print(run())
