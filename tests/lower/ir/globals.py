# Module names read in a function become globals: a literal assigned once
# before any call is a constant; one changed through `global` has an init
# and global.set; names only the module uses stay SSA values.
LIMIT = 10
counter = 0
local_only = 5


def bump(by: int) -> None:
    global counter
    counter += by


def limit() -> int:
    return LIMIT


bump(local_only)
print(counter, limit())
# CHECK: global @LIMIT: int = 10 const
# CHECK: global @counter: int = 0
# CHECK-NOT: local_only
# CHECK: fn @bump(int) -> None
# CHECK: global.get @counter
# CHECK: int.add
# CHECK: global.set @counter
# CHECK: fn @limit() -> int
# CHECK: global.get @LIMIT
# CHECK: fn @__module__() -> None
# CHECK: "local_only": int = const.int 5
# CHECK-NOT: global.set
# CHECK: global.get @counter
