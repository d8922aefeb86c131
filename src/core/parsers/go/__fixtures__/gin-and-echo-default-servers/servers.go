package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func publicAPI() error {
	router := gin.Default()
	router.GET("/ping", func(c *gin.Context) { c.String(http.StatusOK, "pong") })
	return router.Run(":8080")
}

func adminAPI() error {
	e := echo.New()
	e.GET("/status", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	return e.Start(":9090")
}
