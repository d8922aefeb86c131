package config

import "os"

// Port is the listen port, from the environment.
func Port() string {
	if p := os.Getenv("PORT"); p != "" {
		return p
	}
	return "8080"
}
