module example.com/pong

go 1.23
