idle = 240
