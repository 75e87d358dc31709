// A CommonJS module of the app: its require() gets the package's CommonJS build.
module.exports = require("ultravox-api");
