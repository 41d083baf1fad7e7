# Twin of toplevel_loop_sum.ruff: module-level names, no function.
total = 0
i = 0
while i < 3000000:
    total = total + i
    i = i + 1
print(total)
