// A request kept in a constant and reused, as real programs keep their settings: with
// `as const`, or checked where it is written with `satisfies` and a named request type.
import {
  unwrap,
  type RequestBody,
  type RequestSchema,
  type Schema,
  type UltravoxClient,
} from "ultravox-api";

/** The settings every support call starts from: enum strings stay literal, arrays readonly. */
export const supportCall = {
  systemPrompt: "You are a friendly support agent for Acme.",
  voice: "Mark",
  initialOutputMedium: "MESSAGE_MEDIUM_VOICE",
  firstSpeakerSettings: { agent: { uninterruptible: true } },
  selectedTools: [{ toolName: "hangUp" }],
} as const satisfies RequestBody<"/api/calls", "post">;

/** Starts a support call over Twilio: the constant, spread, with this call's own medium. */
export async function startSupportCall(uv: UltravoxClient): Promise<Schema<"Call">> {
  return unwrap(await uv.POST("/api/calls", { body: { ...supportCall, medium: { twilio: {} } } }));
}

/** Tools built from a list of names: each entry is checked against the named type. */
export const lookupTools = ["lookupOrder", "lookupCustomer"].map(
  (toolName): RequestSchema<"SelectedTool"> => ({ toolName }),
);

/** A template with those tools, annotated: every key is checked where it is written. */
export const salesTemplate: RequestSchema<"CallTemplate"> = {
  systemPrompt: "You qualify sales leads, then hang up.",
  maxDuration: "600s",
  selectedTools: [...lookupTools, ...supportCall.selectedTools],
};
