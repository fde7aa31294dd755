// Entry file of the engine thread when running from the compiled sources (the bundle's entry
// dispatches to runEngineWorker itself).
import { runEngineWorker } from "./engineWorker";

runEngineWorker();
