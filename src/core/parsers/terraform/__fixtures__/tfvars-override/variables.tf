variable "idle_timeout" {
  default = 60
}
