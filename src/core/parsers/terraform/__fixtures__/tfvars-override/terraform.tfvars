# production values
idle_timeout = 300
