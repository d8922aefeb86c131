const express = require("express");
const helmet = require("helmet");

const app = express();
app.use(helmet());
app.use(express.json());

app.post("/orders", async (req, res) => {
  res.status(201).json({ id: Date.now() });
});

// Nothing tuned: Node keeps idle sockets for its default keepAliveTimeout only.
app.listen(8080, () => console.log("up on 8080"));
