# A global read before module code binds it raises NameError at run time.
def show() -> None:
    print("late is", late)


print("start")
show()
late = 1
