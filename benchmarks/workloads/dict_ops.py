"""Writes 200k int keys into a dict, then reads every one back."""


def run():
    n = 200000
    d = {}
    for i in range(n):
        d[i] = i * 2
    total = 0
    for i in range(n):
        total = total + d[i]
    return total + len(d)


if __name__ == "__main__":
    print(run())
