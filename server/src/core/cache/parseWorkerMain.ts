// Entry file of a parse thread when running from the compiled sources (the bundle's entry
// dispatches to runParseWorker itself).
import { runParseWorker } from "./parseWorker";

runParseWorker();
