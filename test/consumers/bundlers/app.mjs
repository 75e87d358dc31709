// The app both bundlers build: it imports the package and, through required.cjs, requires it,
// so each bundle holds two copies of the SDK (the dual-package hazard). Run with Node against
// the local API, each copy makes a request and each recognises the other's typed error.
import * as imported from "ultravox-api";
import required from "./required.cjs";
import checks from "./checks.cjs";

async function main(name) {
  const failures = [];
  const expect = (what, condition) => condition || failures.push(what);
  expect("two copies", imported.NotFoundError !== required.NotFoundError);
  for (const [label, sdk, other] of [
    ["import", imported, required],
    ["require", required, imported],
  ]) {
    const missing = await checks.getCallThenMissing(sdk, `${name}-${label}`);
    const error = checks.thrownBy(() => sdk.unwrap(missing));
    expect(`${label}: its own NotFoundError`, error instanceof sdk.NotFoundError);
    expect(`${label}: the other copy's NotFoundError`, error instanceof other.NotFoundError);
    expect(`${label}: the other copy's UltravoxError`, error instanceof other.UltravoxError);
    expect(`${label}: not the other copy's ConflictError`, !(error instanceof other.ConflictError));
    expect(`${label}: status 404`, error.status === 404 && error.name === "NotFoundError");
  }
  return failures;
}

const name = process.env.CONSUMER_NAME;
main(name)
  .then((failures) => {
    if (failures.length) throw new Error(failures.join("; "));
    console.log(
      `PASS ${name}: a request and a typed error through each copy, recognised by the other`,
    );
  })
  .catch((error) => {
    console.error(`FAIL ${name}: ${error.stack ?? error}`);
    process.exitCode = 1;
  });
