# print(): sep/end default to " " and "\n" (also when given None).
print("a", 1, 2.0, None, True, sep=None, end="")
print()
print("x", sep=",")
# CHECK: const.str "a"
# CHECK: const.str ""
# CHECK-NEXT: const.str " "
# CHECK-NEXT: print
# CHECK: const.str " "
# CHECK-NEXT: const.str "\n"
# CHECK-NEXT: print sep=
# CHECK: const.str ","
# CHECK-NEXT: const.str "\n"
