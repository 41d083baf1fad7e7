# Twin of function_concat.ruff.
def build(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10) + ","
    return s
print(len(build(50000)))
