# CPython twin of samples/scripts/hello.ruff, for the cold start-up comparison.
def greet(name):
    return f"Hello, {name}!"


print(greet("Ruff"))
