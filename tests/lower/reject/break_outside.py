break
# ERROR: 1:1: 'break' outside loop
