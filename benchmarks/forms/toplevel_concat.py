# Twin of toplevel_concat.ruff.
pieces = ["a", "bc", "def", "g"]
s = ""
for i in range(200000):
    s = s + pieces[i % 4]
print(len(s))
