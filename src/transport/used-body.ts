// A client method reads the response body itself, into `data` or `error`, which leaves
// `result.response` with a used body: code written for fetch, `await result.response.text()`,
// would get the platform's bare TypeError ("Body is unusable"). It gets the SDK's error instead,
// saying where the body is. (Keeping the body to serve it again would make every response hold
// it for its whole life: a cost on every request, for a read rarely made.)
import { pathOf, UltravoxError } from "../errors.js";
import { requestLineOf } from "./request-line.js";

const READERS = ["arrayBuffer", "blob", "bytes", "formData", "json", "text"];

/** The error a read of a used body gets. */
function bodyRead(response: Response): UltravoxError {
  const { method, url } = requestLineOf(response);
  return new UltravoxError(
    `${method} ${pathOf(url)}: the client has read this response's body: it is result.data ` +
      '(result.error for an error status), as parseAs asked; with parseAs: "stream", ' +
      "result.data is the body itself",
  );
}

// Response.prototype with the body readers refusing. Made on first use, so that importing the
// module runs nothing.
let prototype: object | undefined;
function usedBodyPrototype(): object {
  const members: PropertyDescriptorMap = {
    clone: {
      value: function (this: Response) {
        throw bodyRead(this);
      },
    },
  };
  for (const reader of READERS)
    members[reader] = {
      value: function (this: Response) {
        return Promise.reject(bodyRead(this));
      },
    };
  return (prototype ??= Object.create(Response.prototype, members) as object);
}

/**
 * When the client read `response`'s body, makes its `text()`, `json()`, `blob()`,
 * `arrayBuffer()`, `bytes()` and `formData()` reject, and its `clone()` throw, an
 * {@link UltravoxError} that says where the body is (`result.data`, or `result.error`), instead
 * of the platform's TypeError. One prototype change per response, nothing kept. Never throws.
 */
export function refuseUsedBody(response: Response): void {
  if (response.bodyUsed) Object.setPrototypeOf(response, prototype ?? usedBodyPrototype());
}
