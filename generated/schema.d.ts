/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi.yaml. Regenerate with `npm run generate`; `npm test` fails when this is stale.
 */

export interface paths {
  "/api/accounts/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Account
     * @description Returns the account behind the API key, with its subscription, free time and limits.
     */
    get: operations["getAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/accounts/me/telephony_config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Telephony Credentials
     * @deprecated
     * @description Deprecated: use Get Twilio/Telnyx/Plivo Configuration
     *     (`GET /api/telephony_configs/{twilio,telnyx,plivo}`). Returns the
     *     account's telephony provider configurations, with secrets reduced to
     *     prefixes.
     */
    get: operations["getTelephonyCredentials"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set Telephony Credentials
     * @deprecated
     * @description Deprecated: use the Create/Update Twilio, Telnyx or Plivo Configuration
     *     operations (`/api/telephony_configs/{twilio,telnyx,plivo}`). Adds or
     *     changes telephony provider credentials on the account.
     */
    patch: operations["setTelephonyCredentials"];
    trace?: never;
  };
  "/api/accounts/me/tts_api_keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Account TTS API Keys
     * @description Returns the prefixes of the text-to-speech provider keys set on the
     *     account, only for providers that have one. Full keys are never returned.
     */
    get: operations["getTtsApiKeys"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set TTS API Keys
     * @description Adds or replaces text-to-speech provider keys, which external voices
     *     (`externalVoice`) need. Providers left out keep their keys. Built-in
     *     voices and your clones need no key.
     */
    patch: operations["setTtsApiKeys"];
    trace?: never;
  };
  "/api/accounts/me/usage/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Call Usage
     * @description Returns call counts, durations and billed minutes for the account, all-time and per day and hour.
     */
    get: operations["getCallUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/accounts/me/usage/concurrency": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Concurrency Usage
     * @description Returns how many of the account's calls were active at once over a
     *     time range, as a series of buckets: the peak and the average of all
     *     active calls and of joined calls.
     */
    get: operations["getConcurrencyUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/agents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Agents
     * @description Lists the account's agents.
     */
    get: operations["listAgents"];
    put?: never;
    /**
     * Create Agent
     * @description Creates an agent from a name and a call template. Calls created from
     *     the agent (Create Agent Call) start from the template's settings.
     */
    post: operations["createAgent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/agents/{agent_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };
    /**
     * Get Agent
     * @description Returns one agent with its call template.
     */
    get: operations["getAgent"];
    put?: never;
    post?: never;
    /**
     * Delete Agent
     * @description Deletes an agent.
     */
    delete: operations["deleteAgent"];
    options?: never;
    head?: never;
    /**
     * Update Agent
     * @description Changes an agent. Send only the fields to change.
     */
    patch: operations["updateAgent"];
    trace?: never;
  };
  "/api/agents/{agent_id}/calls": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };
    /**
     * List Agent Calls
     * @description Lists the calls created from an agent.
     */
    get: operations["listAgentCalls"];
    put?: never;
    /**
     * Create Agent Call
     * @description Starts a call from an agent's call template, filling its `{{variables}}`
     *     from `templateContext`; the other body fields override the template for
     *     this call only. Like Create Call, it counts against the rate limits and
     *     any `throttle` given.
     */
    post: operations["createAgentCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/agents/{agent_id}/scheduled_batches": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };
    /**
     * List Scheduled Call Batches
     * @description Lists an agent's scheduled call batches.
     */
    get: operations["listScheduledCallBatches"];
    put?: never;
    /**
     * Create Scheduled Call Batch
     * @description Schedules a batch of calls from an agent within a time window. Calls
     *     with an `outgoing` medium (`sip`, `twilio`, `telnyx`, `plivo`) are
     *     placed by Ultravox; for any other medium Ultravox creates the call and
     *     notifies `webhookUrl` (with a `call.started` payload, not retried) so
     *     your server can connect it. A window too short for the batch is
     *     rejected with `400`. Requests are limited to 32 MB; split larger
     *     batches.
     */
    post: operations["createScheduledCallBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/agents/{agent_id}/scheduled_batches/{batch_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };
    /**
     * Get Scheduled Call Batch
     * @description Returns one scheduled call batch with its progress.
     */
    get: operations["getScheduledCallBatch"];
    put?: never;
    post?: never;
    /**
     * Delete Scheduled Call Batch
     * @description Deletes a scheduled call batch.
     */
    delete: operations["deleteScheduledCallBatch"];
    options?: never;
    head?: never;
    /**
     * Update Scheduled Call Batch
     * @description Changes a batch; send only the fields to change. Setting `paused`
     *     stops the batch for good: paused batches cannot currently be resumed.
     */
    patch: operations["updateScheduledCallBatch"];
    trace?: never;
  };
  "/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };
    /**
     * List Scheduled Call Batch Created Calls
     * @description Lists the calls a batch has created so far.
     */
    get: operations["listScheduledCallBatchCreatedCalls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };
    /**
     * List Scheduled Call Batch Scheduled Calls
     * @description Lists the calls of a batch with their scheduling status.
     */
    get: operations["listScheduledCallBatchScheduledCalls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/call_throttles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Call Throttles
     * @description Lists the account's call throttles.
     */
    get: operations["listCallThrottles"];
    put?: never;
    /**
     * Create Call Throttle
     * @description Creates a named call throttle: rate limits that calls created with its
     *     name or ID in Create Call's `throttle` parameter count against.
     */
    post: operations["createCallThrottle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/call_throttles/{throttle_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call throttle's `throttleId`.
         * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
         */
        throttle_id: components["parameters"]["ThrottleId"];
      };
      cookie?: never;
    };
    /**
     * Get Call Throttle
     * @description Gets one call throttle.
     */
    get: operations["getCallThrottle"];
    /**
     * Update Call Throttle
     * @description Replaces a call throttle's name and rules; send every field.
     */
    put: operations["replaceCallThrottle"];
    post?: never;
    /**
     * Delete Call Throttle
     * @description Deletes a call throttle.
     */
    delete: operations["deleteCallThrottle"];
    options?: never;
    head?: never;
    /**
     * Patch Call Throttle
     * @description Changes a call throttle. Send only the fields to change; `rules` replaces the whole list.
     */
    patch: operations["updateCallThrottle"];
    trace?: never;
  };
  "/api/calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Calls
     * @description Lists the account's calls, filtered and ordered by the query parameters.
     */
    get: operations["listCalls"];
    put?: never;
    /**
     * Create Call
     * @description Starts a new call from a prompt and call settings. The answer holds the
     *     `joinUrl` a client (WebRTC, telephony provider or server websocket)
     *     connects to. Calls count against the account's call-creation rate
     *     limit and concurrency allowance; over either the API answers `429`.
     */
    post: operations["createCall"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * Get Call
     * @description Returns one call, including its outcome, summary and billing once available.
     */
    get: operations["getCall"];
    put?: never;
    post?: never;
    /**
     * Delete Call
     * @description Deletes a call with its messages, recording and stages. A deleted-call
     *     record with the billing metadata remains (see List Deleted Calls).
     */
    delete: operations["deleteCall"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/events": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * List Call Events
     * @description Lists the events (errors, warnings, diagnostics) recorded during a call.
     */
    get: operations["listCallEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * List Call Messages
     * @description Lists the messages of a call (transcript, tool calls and tool results):
     *     by default those of its last stage, including the initial messages;
     *     with `mode=in_call`, those of every stage, without the initial messages.
     */
    get: operations["listCallMessages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/recording": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * Get Call Recording
     * @description Redirects (302) to the call's audio recording. Recordings exist only for
     *     calls created with `recordingEnabled: true`, and only once the call has
     *     ended; before that the API answers `425`. HTTP clients that follow
     *     redirects receive the audio itself.
     */
    get: operations["getCallRecording"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/send_data_message": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send Data Message to Call
     * @description Injects a data message into a live call (joined and not yet ended):
     *     make the agent say something or call tools, hang up, or add a user
     *     text message.
     */
    post: operations["sendCallDataMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/sip_logs": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * Get SIP Logs for a Call
     * @description Redirects (302) to the SIP logs of a call that used the `sip` medium,
     *     once it has ended. HTTP clients that follow redirects receive the log
     *     file itself.
     */
    get: operations["getCallSipLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/stages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * List Call Stages
     * @description Lists the stages of a call. A new stage starts when a tool changes the prompt, voice or tools mid-call.
     */
    get: operations["listCallStages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/stages/{call_stage_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };
    /**
     * Get Call Stage
     * @description Returns one stage of a call with the settings it ran with.
     */
    get: operations["getCallStage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/stages/{call_stage_id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };
    /**
     * List Call Stage Messages
     * @description Lists the messages exchanged during one stage of a call.
     */
    get: operations["listCallStageMessages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
        /**
         * @description The message's `callStageMessageIndex` within the stage.
         * @example 0
         */
        call_stage_message_index: number;
      };
      cookie?: never;
    };
    /**
     * Get Call Stage Message Audio
     * @description Returns the audio of one message of a call stage.
     */
    get: operations["getCallStageMessageAudio"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/stages/{call_stage_id}/tools": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };
    /**
     * List Call Stage Tools
     * @description Lists the tools available during one stage of a call (not paginated).
     */
    get: operations["listCallStageTools"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calls/{call_id}/tools": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * List Call Tools
     * @description Lists every tool that was available at some point of a call (not paginated).
     */
    get: operations["listCallTools"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Corpora
     * @description Lists the account's corpora with their status and content counts.
     */
    get: operations["listCorpora"];
    put?: never;
    /**
     * Create Corpus
     * @description Creates an empty corpus. Add sources to it to fill it with documents.
     *     Accounts hold 2 corpora by default; paid plans allow more.
     */
    post: operations["createCorpus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora/{corpus_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };
    /**
     * Get Corpus
     * @description Returns one corpus with its status and content counts.
     */
    get: operations["getCorpus"];
    put?: never;
    post?: never;
    /**
     * Delete Corpus
     * @description Deletes a corpus together with its sources, documents, chunks and
     *     vectors. A deleted corpus can no longer be queried.
     */
    delete: operations["deleteCorpus"];
    options?: never;
    head?: never;
    /**
     * Update Corpus
     * @description Changes the fields given in the body and keeps the others.
     */
    patch: operations["updateCorpus"];
    trace?: never;
  };
  "/api/corpora/{corpus_id}/query": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Query Corpus
     * @description Runs a semantic search over a corpus and returns the best-matching
     *     chunks with their citations (a plain array, not a page). Meant for
     *     testing: agents should use the built-in `queryCorpus` tool, which keeps
     *     your API key off the call.
     */
    post: operations["queryCorpus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora/{corpus_id}/sources": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };
    /**
     * List Corpus Sources
     * @description Lists the sources of a corpus.
     */
    get: operations["listCorpusSources"];
    put?: never;
    /**
     * Create Corpus Source
     * @description Adds a source to a corpus: either a crawl of web pages (`crawl`) or
     *     files uploaded beforehand (`upload`, with document IDs from Create
     *     Corpus File Upload). A corpus holds at most 20 sources and a source at
     *     most 200 documents.
     */
    post: operations["createCorpusSource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora/{corpus_id}/sources/{source_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    /**
     * Get Corpus Source
     * @description Returns one source of a corpus.
     */
    get: operations["getCorpusSource"];
    put?: never;
    post?: never;
    /**
     * Delete Corpus Source
     * @description Deletes a source together with its documents, chunks and vectors.
     */
    delete: operations["deleteCorpusSource"];
    options?: never;
    head?: never;
    /**
     * Update Corpus Source
     * @description Changes the fields given in the body and reloads the source (a new
     *     crawl), keeping its ID and creation time. The corpus stays queryable
     *     meanwhile but may answer from outdated documents until the reload ends.
     */
    patch: operations["updateCorpusSource"];
    trace?: never;
  };
  "/api/corpora/{corpus_id}/sources/{source_id}/documents": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    /**
     * List Corpus Source Documents
     * @description Lists the documents a source produced: loaded files and pages, and the
     *     documents derived from them during processing. Documents are read-only;
     *     change the source to change them.
     */
    get: operations["listCorpusSourceDocuments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The document's `documentId`.
         * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
         */
        document_id: components["parameters"]["DocumentId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    /**
     * Get Corpus Source Document
     * @description Returns one document of a source.
     */
    get: operations["getCorpusSourceDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/corpora/{corpus_id}/uploads": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Corpus File Upload
     * @description Reserves a document ID and a signed URL to upload one file to. The URL
     *     expires after 5 minutes; ask for a new one if needed. Files may be up
     *     to 10 MB: text (including Markdown), PDF, Word, EPUB or PowerPoint.
     *     Then list the document ID in a source's `upload.documentIds`.
     */
    post: operations["createCorpusFileUpload"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deleted_calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Deleted Calls
     * @description Lists the billing records left behind by deleted calls.
     */
    get: operations["listDeletedCalls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/deleted_calls/{call_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };
    /**
     * Get Deleted Call
     * @description Returns the billing record of one deleted call.
     */
    get: operations["getDeletedCall"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/models": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Models
     * @description Lists the models calls can run on; pass one's `name` as a call's `model`.
     */
    get: operations["listModels"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/schema/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get OpenAPI Schema
     * @description Returns Ultravox's own OpenAPI 3.0 description of this API, which the
     *     reference pages are generated from. No API key is needed. Ask for
     *     JSON with `format=json` (or `Accept: application/vnd.oai.openapi+json`);
     *     YAML (`format=yaml`, or `Accept: application/vnd.oai.openapi`) comes
     *     back as text, so read it with `parseAs: "text"`. `npm run spec:diff`
     *     compares a saved copy with this SDK's spec.
     */
    get: operations["getOpenApiSchema"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sip": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Account SIP Configuration
     * @description Returns the account's SIP configuration, including the domain incoming SIP calls are sent to.
     */
    get: operations["getSipConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update Account SIP Configuration
     * @description Changes which incoming SIP calls the account accepts. Send only the fields to change.
     */
    patch: operations["updateSipConfig"];
    trace?: never;
  };
  "/api/sip/registrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List SIP Registrations
     * @description Lists the SIP registrations of the account.
     */
    get: operations["listSipRegistrations"];
    put?: never;
    /**
     * Create SIP Registration
     * @description Registers the account with a SIP server as the given user, so that server can route calls to Ultravox.
     */
    post: operations["createSipRegistration"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sip/registrations/{registration_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The SIP registration's `registrationId`.
         * @example 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        registration_id: components["parameters"]["RegistrationId"];
      };
      cookie?: never;
    };
    /**
     * Get SIP Registration
     * @description Gets one SIP registration.
     */
    get: operations["getSipRegistration"];
    put?: never;
    post?: never;
    /**
     * Delete SIP Registration
     * @description Deletes a SIP registration.
     */
    delete: operations["deleteSipRegistration"];
    options?: never;
    head?: never;
    /**
     * Update SIP Registration
     * @description Changes a SIP registration. Send only the fields to change.
     */
    patch: operations["updateSipRegistration"];
    trace?: never;
  };
  "/api/telephony_configs/plivo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Plivo Configuration for Account
     * @description Returns the account's Plivo configuration, with secrets reduced to prefixes.
     */
    get: operations["getPlivoConfig"];
    put?: never;
    /**
     * Create Plivo Configuration for Account
     * @description Sets up the account's Plivo credentials for the first time.
     */
    post: operations["createPlivoConfig"];
    /**
     * Delete Plivo Configuration for Account
     * @description Removes the account's Plivo configuration and credentials.
     */
    delete: operations["deletePlivoConfig"];
    options?: never;
    head?: never;
    /**
     * Update Plivo Configuration for Account
     * @description Changes the account's Plivo configuration. Send only the fields to change.
     */
    patch: operations["updatePlivoConfig"];
    trace?: never;
  };
  "/api/telephony_configs/telnyx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Telnyx Configuration for Account
     * @description Returns the account's Telnyx configuration, with secrets reduced to prefixes.
     */
    get: operations["getTelnyxConfig"];
    put?: never;
    /**
     * Create Telnyx Configuration for Account
     * @description Sets up the account's Telnyx credentials for the first time.
     */
    post: operations["createTelnyxConfig"];
    /**
     * Delete Telnyx Configuration for Account
     * @description Removes the account's Telnyx configuration and credentials.
     */
    delete: operations["deleteTelnyxConfig"];
    options?: never;
    head?: never;
    /**
     * Update Telnyx Configuration for Account
     * @description Changes the account's Telnyx configuration. Send only the fields to change.
     */
    patch: operations["updateTelnyxConfig"];
    trace?: never;
  };
  "/api/telephony_configs/twilio": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Twilio Configuration for Account
     * @description Returns the account's Twilio configuration, with secrets reduced to prefixes.
     */
    get: operations["getTwilioConfig"];
    put?: never;
    /**
     * Create Twilio Configuration for Account
     * @description Sets up the account's Twilio credentials for the first time.
     */
    post: operations["createTwilioConfig"];
    /**
     * Delete Twilio Configuration for Account
     * @description Removes the account's Twilio configuration and credentials.
     */
    delete: operations["deleteTwilioConfig"];
    options?: never;
    head?: never;
    /**
     * Update Twilio Configuration for Account
     * @description Changes the account's Twilio configuration. Send only the fields to change.
     */
    patch: operations["updateTwilioConfig"];
    trace?: never;
  };
  "/api/tools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Tools
     * @description Lists the durable tools the account can use, its own (`private`) and `public` ones, filtered by ownership or text.
     */
    get: operations["listTools"];
    put?: never;
    /**
     * Create Tool
     * @description Creates a durable tool that calls and agents can select by `toolId` or
     *     `toolName`: from a definition sent as JSON, or from an OpenAPI file
     *     sent as the multipart part `file` (JSON or YAML).
     */
    post: operations["createTool"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tools/{tool_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };
    /**
     * Get Tool
     * @description Returns one durable tool with its definition.
     */
    get: operations["getTool"];
    /**
     * Update Tool
     * @description Replaces a tool's name and whole definition. Single fields cannot be
     *     updated: send the complete tool, as for Create Tool.
     */
    put: operations["replaceTool"];
    post?: never;
    /**
     * Delete Tool
     * @description Deletes a durable tool.
     */
    delete: operations["deleteTool"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tools/{tool_id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };
    /**
     * Get Tool History
     * @description Lists the calls that have used a tool.
     */
    get: operations["getToolHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tools/{tool_id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Test Tool
     * @description Runs a tool once with the parameter values you provide, outside any
     *     call, and returns what it answered. The reference pages document
     *     neither the body's shape nor the answer's.
     */
    post: operations["testTool"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/voice_preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Preview Voice
     * @description Generates speech with a voice definition without saving it, and
     *     returns the audio or the error the provider gave. Use it to try an
     *     external voice before creating it.
     */
    post: operations["previewVoice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/voices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Voices
     * @description Lists the voices the account can use: Ultravox's built-in (`public`)
     *     voices and the account's own (`private`) cloned or external voices.
     *     Pass a voice's `voiceId` or `name` as a call's `voice`.
     */
    get: operations["listVoices"];
    put?: never;
    /**
     * Create (Clone) Voice
     * @description Creates a private voice for the account. Send `multipart/form-data`
     *     with an audio sample (`file`: one .mp3 or .wav, 30 to 60 seconds of a
     *     single clear speaker, at most 10 MB) to clone a voice; accounts may
     *     hold one cloned voice unless Ultravox raises the limit. Or send JSON
     *     with an external `definition` to save a voice from your own
     *     text-to-speech provider.
     */
    post: operations["createVoice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/voices/{voice_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };
    /**
     * Get Voice
     * @description Returns one voice.
     */
    get: operations["getVoice"];
    /**
     * Replace Voice
     * @description Replaces one of the account's voices with the fields given, as when creating it from a definition.
     */
    put: operations["replaceVoice"];
    post?: never;
    /**
     * Delete Voice
     * @description Deletes one of the account's voices.
     */
    delete: operations["deleteVoice"];
    options?: never;
    head?: never;
    /**
     * Update Voice
     * @description Changes the fields given in the body and keeps the others.
     */
    patch: operations["updateVoice"];
    trace?: never;
  };
  "/api/voices/{voice_id}/preview": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };
    /**
     * Get Voice Sample
     * @description Returns an audio sample spoken with a voice, or the error that using
     *     the voice causes (useful to check an external voice's settings).
     */
    get: operations["getVoiceSample"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Webhooks
     * @description Lists the account's webhooks, optionally only those scoped to one agent.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Create Webhook
     * @description Subscribes a URL to call events. Ultravox signs each delivery with the
     *     webhook's secrets; leave `secrets` out to have one generated (it is in
     *     the answer). Set `agentId` to receive only events of that agent's calls.
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/webhooks/{webhook_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The webhook's `webhookId`.
         * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };
    /**
     * Get Webhook
     * @description Returns one webhook with its delivery health.
     */
    get: operations["getWebhook"];
    /**
     * Replace Webhook
     * @description Replaces a webhook with the fields given, as for Create Webhook. Use
     *     Update Webhook to change only some fields, for example to rotate
     *     secrets.
     */
    put: operations["replaceWebhook"];
    post?: never;
    /**
     * Delete Webhook
     * @description Deletes a webhook; its URL receives no further events.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /**
     * Update Webhook
     * @description Changes the fields given in the body and keeps the others.
     */
    patch: operations["updateWebhook"];
    trace?: never;
  };
}

export interface webhooks {
  "call.billed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.billed
     * @description Sent once a call's billing is final; the call's billing fields are always set.
     */
    post: operations["onCallBilled"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "call.ended": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.ended
     * @description Sent when a call ends, including unjoined calls whose join timeout
     *     passed. Messages are final; billing may still be pending (see
     *     `call.billed`).
     */
    post: operations["onCallEnded"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "call.joined": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.joined
     * @description Sent when a client connects to the call.
     */
    post: operations["onCallJoined"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "call.started": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * call.started
     * @description Sent when a call is created, including calls created for you from SIP
     *     INVITEs or telephony provider requests. For calls you create yourself,
     *     the `201` answer already tells you as much.
     */
    post: operations["onCallStarted"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export interface components {
  /** Each schema as the API returns it (see `namespace schemas`). */
  schemas: {
    Account: schemas.Account;
    Agent: schemas.Agent;
    AgentFirstSpeakerSettings: schemas.AgentFirstSpeakerSettings;
    AgentPage: schemas.AgentPage;
    AgentReaction: schemas.AgentReaction;
    AgentStatistics: schemas.AgentStatistics;
    AutomaticParameter: schemas.AutomaticParameter;
    BaseToolDefinition: schemas.BaseToolDefinition;
    BillingStatus: schemas.BillingStatus;
    Call: schemas.Call;
    CallAgentReference: schemas.CallAgentReference;
    CallBilledEvent: schemas.CallBilledEvent;
    CallCallback: schemas.CallCallback;
    CallCallbacks: schemas.CallCallbacks;
    CallDataMessage: schemas.CallDataMessage;
    CallDefinition: schemas.CallDefinition;
    CallEndedEvent: schemas.CallEndedEvent;
    CallEvent: schemas.CallEvent;
    CallEventPage: schemas.CallEventPage;
    CallEventSeverity: schemas.CallEventSeverity;
    CallHttpToolDetails: schemas.CallHttpToolDetails;
    CallJoinedEvent: schemas.CallJoinedEvent;
    CallMedium: schemas.CallMedium;
    CallMetadata: schemas.CallMetadata;
    CallMetadataInput: schemas.CallMetadataInput;
    CallPage: schemas.CallPage;
    CallRetentionPolicy: schemas.CallRetentionPolicy;
    CallSipDetails: schemas.CallSipDetails;
    CallStage: schemas.CallStage;
    CallStagePage: schemas.CallStagePage;
    CallStageSettings: schemas.CallStageSettings;
    CallStartedEvent: schemas.CallStartedEvent;
    CallState: schemas.CallState;
    CallTemplate: schemas.CallTemplate;
    CallThrottle: schemas.CallThrottle;
    CallThrottlePage: schemas.CallThrottlePage;
    CallThrottleRequest: schemas.CallThrottleRequest;
    CallThrottleRule: schemas.CallThrottleRule;
    CallThrottleSettings: schemas.CallThrottleSettings;
    CallTool: schemas.CallTool;
    CallToolDefinition: schemas.CallToolDefinition;
    CallUsage: schemas.CallUsage;
    CallUsageTotals: schemas.CallUsageTotals;
    CartesiaGenerationConfig: schemas.CartesiaGenerationConfig;
    CartesiaVoice: schemas.CartesiaVoice;
    ClientToolDetails: schemas.ClientToolDetails;
    CloneVoiceRequest: schemas.CloneVoiceRequest;
    ConcurrencyBucket: schemas.ConcurrencyBucket;
    ConcurrencyUsage: schemas.ConcurrencyUsage;
    Corpus: schemas.Corpus;
    CorpusAdvancedDocument: schemas.CorpusAdvancedDocument;
    CorpusAdvancedSpec: schemas.CorpusAdvancedSpec;
    CorpusCitation: schemas.CorpusCitation;
    CorpusCrawlSpec: schemas.CorpusCrawlSpec;
    CorpusDocument: schemas.CorpusDocument;
    CorpusDocumentMetadata: schemas.CorpusDocumentMetadata;
    CorpusDocumentPage: schemas.CorpusDocumentPage;
    CorpusFileUpload: schemas.CorpusFileUpload;
    CorpusFileUploadRequest: schemas.CorpusFileUploadRequest;
    CorpusMimeTypeFilter: schemas.CorpusMimeTypeFilter;
    CorpusMimeTypeSet: schemas.CorpusMimeTypeSet;
    CorpusPage: schemas.CorpusPage;
    CorpusQueryResult: schemas.CorpusQueryResult;
    CorpusRequest: schemas.CorpusRequest;
    CorpusSettings: schemas.CorpusSettings;
    CorpusSource: schemas.CorpusSource;
    CorpusSourcePage: schemas.CorpusSourcePage;
    CorpusSourceSettings: schemas.CorpusSourceSettings;
    CorpusSourceStats: schemas.CorpusSourceStats;
    CorpusSourceStatus: schemas.CorpusSourceStatus;
    CorpusStats: schemas.CorpusStats;
    CorpusStatus: schemas.CorpusStatus;
    CorpusUploadSpec: schemas.CorpusUploadSpec;
    CreateAgentCallRequest: schemas.CreateAgentCallRequest;
    CreateAgentRequest: schemas.CreateAgentRequest;
    CreateCallRequest: schemas.CreateCallRequest;
    CreateCorpusSourceRequest: schemas.CreateCorpusSourceRequest;
    CreatePlivoConfigRequest: schemas.CreatePlivoConfigRequest;
    CreateScheduledCallBatchRequest: schemas.CreateScheduledCallBatchRequest;
    CreateTelnyxConfigRequest: schemas.CreateTelnyxConfigRequest;
    CreateTwilioConfigRequest: schemas.CreateTwilioConfigRequest;
    DailyCallUsage: schemas.DailyCallUsage;
    DataConnectionAudioConfig: schemas.DataConnectionAudioConfig;
    DataConnectionConfig: schemas.DataConnectionConfig;
    DataConnectionToolDetails: schemas.DataConnectionToolDetails;
    DataMessageSelection: schemas.DataMessageSelection;
    DateOrDateTime: schemas.DateOrDateTime;
    DeletedCall: schemas.DeletedCall;
    DeletedCallPage: schemas.DeletedCallPage;
    DtmfHandling: schemas.DtmfHandling;
    DtmfUserTextMessage: schemas.DtmfUserTextMessage;
    Duration: schemas.Duration;
    DynamicParameter: schemas.DynamicParameter;
    ElevenLabsPronunciationDictionary: schemas.ElevenLabsPronunciationDictionary;
    ElevenLabsVoice: schemas.ElevenLabsVoice;
    EndBehavior: schemas.EndBehavior;
    EndReason: schemas.EndReason;
    Error: schemas.Error;
    ExotelMedium: schemas.ExotelMedium;
    ExternalVoice: schemas.ExternalVoice;
    FirstSpeaker: schemas.FirstSpeaker;
    FirstSpeakerFallback: schemas.FirstSpeakerFallback;
    FirstSpeakerSettings: schemas.FirstSpeakerSettings;
    ForcedAgentMessage: schemas.ForcedAgentMessage;
    ForcedToolCall: schemas.ForcedToolCall;
    GenericVoice: schemas.GenericVoice;
    GoogleVoice: schemas.GoogleVoice;
    HangUpMessage: schemas.HangUpMessage;
    HeaderApiKeyRequirement: schemas.HeaderApiKeyRequirement;
    HourlyCallUsage: schemas.HourlyCallUsage;
    HttpAuthRequirement: schemas.HttpAuthRequirement;
    HttpToolDetails: schemas.HttpToolDetails;
    ImportToolRequest: schemas.ImportToolRequest;
    InactivityMessage: schemas.InactivityMessage;
    InworldVoice: schemas.InworldVoice;
    KnownParamValue: schemas.KnownParamValue;
    KnownToolResult: schemas.KnownToolResult;
    LmntVoice: schemas.LmntVoice;
    Message: schemas.Message;
    MessageMedium: schemas.MessageMedium;
    MessagePage: schemas.MessagePage;
    MessageRole: schemas.MessageRole;
    Model: schemas.Model;
    ModelPage: schemas.ModelPage;
    OpenApiDocument: schemas.OpenApiDocument;
    OutgoingPhoneCall: schemas.OutgoingPhoneCall;
    Ownership: schemas.Ownership;
    PageLinks: schemas.PageLinks;
    ParameterLocation: schemas.ParameterLocation;
    PlivoConfig: schemas.PlivoConfig;
    PlivoMedium: schemas.PlivoMedium;
    QueryApiKeyRequirement: schemas.QueryApiKeyRequirement;
    QueryCorpusRequest: schemas.QueryCorpusRequest;
    RespeecherVoice: schemas.RespeecherVoice;
    RetentionPolicy: schemas.RetentionPolicy;
    ScheduledCall: schemas.ScheduledCall;
    ScheduledCallBatch: schemas.ScheduledCallBatch;
    ScheduledCallBatchPage: schemas.ScheduledCallBatchPage;
    ScheduledCallBatchSettings: schemas.ScheduledCallBatchSettings;
    ScheduledCallPage: schemas.ScheduledCallPage;
    ScheduledCallRequest: schemas.ScheduledCallRequest;
    ScheduledCallSettings: schemas.ScheduledCallSettings;
    ScheduledCallStatus: schemas.ScheduledCallStatus;
    SecretPrefix: schemas.SecretPrefix;
    SecurityOptions: schemas.SecurityOptions;
    SecurityRequirement: schemas.SecurityRequirement;
    SecurityRequirements: schemas.SecurityRequirements;
    SelectedTool: schemas.SelectedTool;
    ServerWebSocketMedium: schemas.ServerWebSocketMedium;
    SetTelephonyCredentialsRequest: schemas.SetTelephonyCredentialsRequest;
    SetTtsApiKeysRequest: schemas.SetTtsApiKeysRequest;
    SharedSecrets: schemas.SharedSecrets;
    SipAgentAllowance: schemas.SipAgentAllowance;
    SipConfig: schemas.SipConfig;
    SipConfigSettings: schemas.SipConfigSettings;
    SipFallbackHandler: schemas.SipFallbackHandler;
    SipMedium: schemas.SipMedium;
    SipOutgoing: schemas.SipOutgoing;
    SipRegistration: schemas.SipRegistration;
    SipRegistrationPage: schemas.SipRegistrationPage;
    SipRegistrationRequest: schemas.SipRegistrationRequest;
    SipRegistrationSettings: schemas.SipRegistrationSettings;
    SipTerminationReason: schemas.SipTerminationReason;
    StaticParameter: schemas.StaticParameter;
    StaticToolResponse: schemas.StaticToolResponse;
    TelephonyCallCreationSettings: schemas.TelephonyCallCreationSettings;
    TelephonyCredentials: schemas.TelephonyCredentials;
    TelnyxConfig: schemas.TelnyxConfig;
    TelnyxMedium: schemas.TelnyxMedium;
    TemplateContext: schemas.TemplateContext;
    Timespan: schemas.Timespan;
    Tool: schemas.Tool;
    ToolHistoryEntry: schemas.ToolHistoryEntry;
    ToolHistoryPage: schemas.ToolHistoryPage;
    ToolOverrides: schemas.ToolOverrides;
    ToolPage: schemas.ToolPage;
    ToolRequest: schemas.ToolRequest;
    ToolRequirements: schemas.ToolRequirements;
    ToolSettings: schemas.ToolSettings;
    TtsApiKeys: schemas.TtsApiKeys;
    TwilioConfig: schemas.TwilioConfig;
    TwilioMedium: schemas.TwilioMedium;
    UltravoxCallTokenRequirement: schemas.UltravoxCallTokenRequirement;
    UpdateAgentRequest: schemas.UpdateAgentRequest;
    UpdateCallThrottleRequest: schemas.UpdateCallThrottleRequest;
    UpdateCorpusSourceRequest: schemas.UpdateCorpusSourceRequest;
    UpdatePlivoConfigRequest: schemas.UpdatePlivoConfigRequest;
    UpdateScheduledCallBatchRequest: schemas.UpdateScheduledCallBatchRequest;
    UpdateSipConfigRequest: schemas.UpdateSipConfigRequest;
    UpdateSipRegistrationRequest: schemas.UpdateSipRegistrationRequest;
    UpdateTelnyxConfigRequest: schemas.UpdateTelnyxConfigRequest;
    UpdateTwilioConfigRequest: schemas.UpdateTwilioConfigRequest;
    UpdateVoiceRequest: schemas.UpdateVoiceRequest;
    UpdateWebhookRequest: schemas.UpdateWebhookRequest;
    UserFirstSpeakerSettings: schemas.UserFirstSpeakerSettings;
    UserTextMessage: schemas.UserTextMessage;
    VadSettings: schemas.VadSettings;
    Voice: schemas.Voice;
    VoiceBillingStyle: schemas.VoiceBillingStyle;
    VoicePage: schemas.VoicePage;
    VoiceRequest: schemas.VoiceRequest;
    VoiceSettings: schemas.VoiceSettings;
    Webhook: schemas.Webhook;
    WebhookEventName: schemas.WebhookEventName;
    WebhookFailure: schemas.WebhookFailure;
    WebhookPage: schemas.WebhookPage;
    WebhookRequest: schemas.WebhookRequest;
    WebhookSettings: schemas.WebhookSettings;
    WebhookStatus: schemas.WebhookStatus;
    WebRtcMedium: schemas.WebRtcMedium;
  };
  /** Each schema as a request sends it (see `namespace requestSchemas`). */
  requestSchemas: {
    Account: requestSchemas.Account;
    Agent: requestSchemas.Agent;
    AgentFirstSpeakerSettings: requestSchemas.AgentFirstSpeakerSettings;
    AgentPage: requestSchemas.AgentPage;
    AgentReaction: requestSchemas.AgentReaction;
    AgentStatistics: requestSchemas.AgentStatistics;
    AutomaticParameter: requestSchemas.AutomaticParameter;
    BaseToolDefinition: requestSchemas.BaseToolDefinition;
    BillingStatus: requestSchemas.BillingStatus;
    Call: requestSchemas.Call;
    CallAgentReference: requestSchemas.CallAgentReference;
    CallBilledEvent: requestSchemas.CallBilledEvent;
    CallCallback: requestSchemas.CallCallback;
    CallCallbacks: requestSchemas.CallCallbacks;
    CallDataMessage: requestSchemas.CallDataMessage;
    CallDefinition: requestSchemas.CallDefinition;
    CallEndedEvent: requestSchemas.CallEndedEvent;
    CallEvent: requestSchemas.CallEvent;
    CallEventPage: requestSchemas.CallEventPage;
    CallEventSeverity: requestSchemas.CallEventSeverity;
    CallHttpToolDetails: requestSchemas.CallHttpToolDetails;
    CallJoinedEvent: requestSchemas.CallJoinedEvent;
    CallMedium: requestSchemas.CallMedium;
    CallMetadata: requestSchemas.CallMetadata;
    CallMetadataInput: requestSchemas.CallMetadataInput;
    CallPage: requestSchemas.CallPage;
    CallRetentionPolicy: requestSchemas.CallRetentionPolicy;
    CallSipDetails: requestSchemas.CallSipDetails;
    CallStage: requestSchemas.CallStage;
    CallStagePage: requestSchemas.CallStagePage;
    CallStageSettings: requestSchemas.CallStageSettings;
    CallStartedEvent: requestSchemas.CallStartedEvent;
    CallState: requestSchemas.CallState;
    CallTemplate: requestSchemas.CallTemplate;
    CallThrottle: requestSchemas.CallThrottle;
    CallThrottlePage: requestSchemas.CallThrottlePage;
    CallThrottleRequest: requestSchemas.CallThrottleRequest;
    CallThrottleRule: requestSchemas.CallThrottleRule;
    CallThrottleSettings: requestSchemas.CallThrottleSettings;
    CallTool: requestSchemas.CallTool;
    CallToolDefinition: requestSchemas.CallToolDefinition;
    CallUsage: requestSchemas.CallUsage;
    CallUsageTotals: requestSchemas.CallUsageTotals;
    CartesiaGenerationConfig: requestSchemas.CartesiaGenerationConfig;
    CartesiaVoice: requestSchemas.CartesiaVoice;
    ClientToolDetails: requestSchemas.ClientToolDetails;
    CloneVoiceRequest: requestSchemas.CloneVoiceRequest;
    ConcurrencyBucket: requestSchemas.ConcurrencyBucket;
    ConcurrencyUsage: requestSchemas.ConcurrencyUsage;
    Corpus: requestSchemas.Corpus;
    CorpusAdvancedDocument: requestSchemas.CorpusAdvancedDocument;
    CorpusAdvancedSpec: requestSchemas.CorpusAdvancedSpec;
    CorpusCitation: requestSchemas.CorpusCitation;
    CorpusCrawlSpec: requestSchemas.CorpusCrawlSpec;
    CorpusDocument: requestSchemas.CorpusDocument;
    CorpusDocumentMetadata: requestSchemas.CorpusDocumentMetadata;
    CorpusDocumentPage: requestSchemas.CorpusDocumentPage;
    CorpusFileUpload: requestSchemas.CorpusFileUpload;
    CorpusFileUploadRequest: requestSchemas.CorpusFileUploadRequest;
    CorpusMimeTypeFilter: requestSchemas.CorpusMimeTypeFilter;
    CorpusMimeTypeSet: requestSchemas.CorpusMimeTypeSet;
    CorpusPage: requestSchemas.CorpusPage;
    CorpusQueryResult: requestSchemas.CorpusQueryResult;
    CorpusRequest: requestSchemas.CorpusRequest;
    CorpusSettings: requestSchemas.CorpusSettings;
    CorpusSource: requestSchemas.CorpusSource;
    CorpusSourcePage: requestSchemas.CorpusSourcePage;
    CorpusSourceSettings: requestSchemas.CorpusSourceSettings;
    CorpusSourceStats: requestSchemas.CorpusSourceStats;
    CorpusSourceStatus: requestSchemas.CorpusSourceStatus;
    CorpusStats: requestSchemas.CorpusStats;
    CorpusStatus: requestSchemas.CorpusStatus;
    CorpusUploadSpec: requestSchemas.CorpusUploadSpec;
    CreateAgentCallRequest: requestSchemas.CreateAgentCallRequest;
    CreateAgentRequest: requestSchemas.CreateAgentRequest;
    CreateCallRequest: requestSchemas.CreateCallRequest;
    CreateCorpusSourceRequest: requestSchemas.CreateCorpusSourceRequest;
    CreatePlivoConfigRequest: requestSchemas.CreatePlivoConfigRequest;
    CreateScheduledCallBatchRequest: requestSchemas.CreateScheduledCallBatchRequest;
    CreateTelnyxConfigRequest: requestSchemas.CreateTelnyxConfigRequest;
    CreateTwilioConfigRequest: requestSchemas.CreateTwilioConfigRequest;
    DailyCallUsage: requestSchemas.DailyCallUsage;
    DataConnectionAudioConfig: requestSchemas.DataConnectionAudioConfig;
    DataConnectionConfig: requestSchemas.DataConnectionConfig;
    DataConnectionToolDetails: requestSchemas.DataConnectionToolDetails;
    DataMessageSelection: requestSchemas.DataMessageSelection;
    DateOrDateTime: requestSchemas.DateOrDateTime;
    DeletedCall: requestSchemas.DeletedCall;
    DeletedCallPage: requestSchemas.DeletedCallPage;
    DtmfHandling: requestSchemas.DtmfHandling;
    DtmfUserTextMessage: requestSchemas.DtmfUserTextMessage;
    Duration: requestSchemas.Duration;
    DynamicParameter: requestSchemas.DynamicParameter;
    ElevenLabsPronunciationDictionary: requestSchemas.ElevenLabsPronunciationDictionary;
    ElevenLabsVoice: requestSchemas.ElevenLabsVoice;
    EndBehavior: requestSchemas.EndBehavior;
    EndReason: requestSchemas.EndReason;
    Error: requestSchemas.Error;
    ExotelMedium: requestSchemas.ExotelMedium;
    ExternalVoice: requestSchemas.ExternalVoice;
    FirstSpeaker: requestSchemas.FirstSpeaker;
    FirstSpeakerFallback: requestSchemas.FirstSpeakerFallback;
    FirstSpeakerSettings: requestSchemas.FirstSpeakerSettings;
    ForcedAgentMessage: requestSchemas.ForcedAgentMessage;
    ForcedToolCall: requestSchemas.ForcedToolCall;
    GenericVoice: requestSchemas.GenericVoice;
    GoogleVoice: requestSchemas.GoogleVoice;
    HangUpMessage: requestSchemas.HangUpMessage;
    HeaderApiKeyRequirement: requestSchemas.HeaderApiKeyRequirement;
    HourlyCallUsage: requestSchemas.HourlyCallUsage;
    HttpAuthRequirement: requestSchemas.HttpAuthRequirement;
    HttpToolDetails: requestSchemas.HttpToolDetails;
    ImportToolRequest: requestSchemas.ImportToolRequest;
    InactivityMessage: requestSchemas.InactivityMessage;
    InworldVoice: requestSchemas.InworldVoice;
    KnownParamValue: requestSchemas.KnownParamValue;
    KnownToolResult: requestSchemas.KnownToolResult;
    LmntVoice: requestSchemas.LmntVoice;
    Message: requestSchemas.Message;
    MessageMedium: requestSchemas.MessageMedium;
    MessagePage: requestSchemas.MessagePage;
    MessageRole: requestSchemas.MessageRole;
    Model: requestSchemas.Model;
    ModelPage: requestSchemas.ModelPage;
    OpenApiDocument: requestSchemas.OpenApiDocument;
    OutgoingPhoneCall: requestSchemas.OutgoingPhoneCall;
    Ownership: requestSchemas.Ownership;
    PageLinks: requestSchemas.PageLinks;
    ParameterLocation: requestSchemas.ParameterLocation;
    PlivoConfig: requestSchemas.PlivoConfig;
    PlivoMedium: requestSchemas.PlivoMedium;
    QueryApiKeyRequirement: requestSchemas.QueryApiKeyRequirement;
    QueryCorpusRequest: requestSchemas.QueryCorpusRequest;
    RespeecherVoice: requestSchemas.RespeecherVoice;
    RetentionPolicy: requestSchemas.RetentionPolicy;
    ScheduledCall: requestSchemas.ScheduledCall;
    ScheduledCallBatch: requestSchemas.ScheduledCallBatch;
    ScheduledCallBatchPage: requestSchemas.ScheduledCallBatchPage;
    ScheduledCallBatchSettings: requestSchemas.ScheduledCallBatchSettings;
    ScheduledCallPage: requestSchemas.ScheduledCallPage;
    ScheduledCallRequest: requestSchemas.ScheduledCallRequest;
    ScheduledCallSettings: requestSchemas.ScheduledCallSettings;
    ScheduledCallStatus: requestSchemas.ScheduledCallStatus;
    SecretPrefix: requestSchemas.SecretPrefix;
    SecurityOptions: requestSchemas.SecurityOptions;
    SecurityRequirement: requestSchemas.SecurityRequirement;
    SecurityRequirements: requestSchemas.SecurityRequirements;
    SelectedTool: requestSchemas.SelectedTool;
    ServerWebSocketMedium: requestSchemas.ServerWebSocketMedium;
    SetTelephonyCredentialsRequest: requestSchemas.SetTelephonyCredentialsRequest;
    SetTtsApiKeysRequest: requestSchemas.SetTtsApiKeysRequest;
    SharedSecrets: requestSchemas.SharedSecrets;
    SipAgentAllowance: requestSchemas.SipAgentAllowance;
    SipConfig: requestSchemas.SipConfig;
    SipConfigSettings: requestSchemas.SipConfigSettings;
    SipFallbackHandler: requestSchemas.SipFallbackHandler;
    SipMedium: requestSchemas.SipMedium;
    SipOutgoing: requestSchemas.SipOutgoing;
    SipRegistration: requestSchemas.SipRegistration;
    SipRegistrationPage: requestSchemas.SipRegistrationPage;
    SipRegistrationRequest: requestSchemas.SipRegistrationRequest;
    SipRegistrationSettings: requestSchemas.SipRegistrationSettings;
    SipTerminationReason: requestSchemas.SipTerminationReason;
    StaticParameter: requestSchemas.StaticParameter;
    StaticToolResponse: requestSchemas.StaticToolResponse;
    TelephonyCallCreationSettings: requestSchemas.TelephonyCallCreationSettings;
    TelephonyCredentials: requestSchemas.TelephonyCredentials;
    TelnyxConfig: requestSchemas.TelnyxConfig;
    TelnyxMedium: requestSchemas.TelnyxMedium;
    TemplateContext: requestSchemas.TemplateContext;
    Timespan: requestSchemas.Timespan;
    Tool: requestSchemas.Tool;
    ToolHistoryEntry: requestSchemas.ToolHistoryEntry;
    ToolHistoryPage: requestSchemas.ToolHistoryPage;
    ToolOverrides: requestSchemas.ToolOverrides;
    ToolPage: requestSchemas.ToolPage;
    ToolRequest: requestSchemas.ToolRequest;
    ToolRequirements: requestSchemas.ToolRequirements;
    ToolSettings: requestSchemas.ToolSettings;
    TtsApiKeys: requestSchemas.TtsApiKeys;
    TwilioConfig: requestSchemas.TwilioConfig;
    TwilioMedium: requestSchemas.TwilioMedium;
    UltravoxCallTokenRequirement: requestSchemas.UltravoxCallTokenRequirement;
    UpdateAgentRequest: requestSchemas.UpdateAgentRequest;
    UpdateCallThrottleRequest: requestSchemas.UpdateCallThrottleRequest;
    UpdateCorpusSourceRequest: requestSchemas.UpdateCorpusSourceRequest;
    UpdatePlivoConfigRequest: requestSchemas.UpdatePlivoConfigRequest;
    UpdateScheduledCallBatchRequest: requestSchemas.UpdateScheduledCallBatchRequest;
    UpdateSipConfigRequest: requestSchemas.UpdateSipConfigRequest;
    UpdateSipRegistrationRequest: requestSchemas.UpdateSipRegistrationRequest;
    UpdateTelnyxConfigRequest: requestSchemas.UpdateTelnyxConfigRequest;
    UpdateTwilioConfigRequest: requestSchemas.UpdateTwilioConfigRequest;
    UpdateVoiceRequest: requestSchemas.UpdateVoiceRequest;
    UpdateWebhookRequest: requestSchemas.UpdateWebhookRequest;
    UserFirstSpeakerSettings: requestSchemas.UserFirstSpeakerSettings;
    UserTextMessage: requestSchemas.UserTextMessage;
    VadSettings: requestSchemas.VadSettings;
    Voice: requestSchemas.Voice;
    VoiceBillingStyle: requestSchemas.VoiceBillingStyle;
    VoicePage: requestSchemas.VoicePage;
    VoiceRequest: requestSchemas.VoiceRequest;
    VoiceSettings: requestSchemas.VoiceSettings;
    Webhook: requestSchemas.Webhook;
    WebhookEventName: requestSchemas.WebhookEventName;
    WebhookFailure: requestSchemas.WebhookFailure;
    WebhookPage: requestSchemas.WebhookPage;
    WebhookRequest: requestSchemas.WebhookRequest;
    WebhookSettings: requestSchemas.WebhookSettings;
    WebhookStatus: requestSchemas.WebhookStatus;
    WebRtcMedium: requestSchemas.WebRtcMedium;
  };

  responses: {
    /** @description The request was invalid; `detail` or the field keys say what to fix. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /** @description The API key may not perform this action. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /** @description No such resource exists for this account. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /**
     * @description The request was not processed (for example a priority-plan account
     *     below its allotment). Wait `Retry-After` seconds, then retry.
     */
    ServiceUnavailable: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /** @description The resource is not available yet; retry after the call has ended. */
    TooEarly: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /**
     * @description A rate limit or the account's concurrent-call allowance was exceeded.
     *     Wait `Retry-After` seconds, then retry.
     */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /** @description The API key is missing or invalid. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": schemas.Error;
      };
    };
    /**
     * @description Any 2xx answer acknowledges the event (204 is recommended); answer
     *     quickly and process later. Other answers, and failed deliveries, are
     *     retried up to 10 times with doubling delays starting near 30 seconds. The same
     *     event may rarely arrive twice, so handle it idempotently.
     */
    WebhookAccepted: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
  };

  parameters: {
    /**
     * @description The agent's `agentId`.
     * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
     */
    AgentId: string;
    /**
     * @description The scheduled call batch's `batchId`.
     * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
     */
    BatchId: string;
    /** @description Only calls created from one of these agents. Repeat the parameter for several agents. */
    CallFilterAgentIds: readonly string[];
    /** @description Only calls that lasted at most this long. */
    CallFilterDurationMax: requestSchemas.Duration;
    /** @description Only calls that lasted at least this long. */
    CallFilterDurationMin: requestSchemas.Duration;
    /** @description Only calls created at or after this date or date-time. A bare date means the start of that day. */
    CallFilterFromDate: requestSchemas.DateOrDateTime;
    /**
     * @description Only calls whose metadata holds all these key/value pairs. On the wire
     *     each pair is its own query parameter named `metadata.<key>`, for
     *     example `?metadata.customer=1234`; the SDK writes them that way.
     */
    CallFilterMetadata: {
      [key: string]: string;
    };
    /**
     * @description Only calls created at or before this time of day (`HH:MM:SS`), on any date.
     * @example 17:30:00
     */
    CallFilterTimeOfDayEnd: string;
    /**
     * @description Only calls created at or after this time of day (`HH:MM:SS`), on any date.
     * @example 09:00:00
     */
    CallFilterTimeOfDayStart: string;
    /** @description Only calls created at or before this date or date-time. A bare date means the end of that day. */
    CallFilterToDate: requestSchemas.DateOrDateTime;
    /** @description Only calls that used this voice. */
    CallFilterVoiceId: string;
    /**
     * @description The call's `callId`.
     * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
     */
    CallId: string;
    /**
     * @description The stage's `callStageId`.
     * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
     */
    CallStageId: string;
    /**
     * @description The corpus's `corpusId`.
     * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
     */
    CorpusId: string;
    /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
    Cursor: string;
    /**
     * @description The document's `documentId`.
     * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
     */
    DocumentId: string;
    /** @description How many results a page holds. */
    PageSize: number;
    /**
     * @description The SIP registration's `registrationId`.
     * @example 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
     */
    RegistrationId: string;
    /** @description Only return results matching this text. */
    Search: string;
    /**
     * @description The source's `sourceId`.
     * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
     */
    SourceId: string;
    /**
     * @description The name or `throttleId` of a call throttle (see Create Call
     *     Throttle) to count this call against. When the throttle's rules are
     *     already exhausted, the call is not created and the API answers `429`.
     * @example outbound-campaign
     */
    Throttle: string;
    /**
     * @description The call throttle's `throttleId`.
     * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
     */
    ThrottleId: string;
    /**
     * @description The tool's `toolId`.
     * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
     */
    ToolId: string;
    /**
     * @description The voice's `voiceId`.
     * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
     */
    VoiceId: string;
    /**
     * @description The webhook's `webhookId`.
     * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
     */
    WebhookId: string;
    /**
     * @description Lowercase hex HMAC-SHA256 of the raw body bytes followed by the
     *     `X-Ultravox-Webhook-Timestamp` value, keyed with a webhook secret.
     *     During secret rotation it holds several signatures separated by
     *     commas; the request is authentic if any one matches.
     * @example 03792586935fa39a221a7f388f30d3eca9e7b638e275878f7afa5c16d8a64ad7
     */
    WebhookSignature: string;
    /**
     * @description When Ultravox sent the request (ISO 8601). Reject stale values to stop replays.
     * @example 2026-05-21T12:00:00+00:00
     */
    WebhookTimestamp: string;
  };

  requestBodies: never;

  headers: {
    /** @description The URL of the resource to fetch instead. */
    Location: string;
    /** @description How long to wait before retrying, in seconds (an HTTP date is also accepted by the SDK). */
    RetryAfter: string;
  };

  pathItems: never;
}

export type $defs = Record<string, never>;

export interface operations {
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Account;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getTelephonyCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The telephony configurations, by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TelephonyCredentials;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  setTelephonyCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.SetTelephonyCredentialsRequest;
      };
    };

    responses: {
      /** @description The telephony configurations after the change, by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TelephonyCredentials;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getTtsApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The key prefixes, by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TtsApiKeys;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  setTtsApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.SetTtsApiKeysRequest;
      };
    };

    responses: {
      /** @description The key prefixes after the change, by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TtsApiKeys;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallUsage: {
    parameters: {
      query?: {
        /** @description Only calls created from one of these agents. Repeat the parameter for several agents. */
        agentIds?: components["parameters"]["CallFilterAgentIds"];
        /** @description Only calls that lasted at most this long. */
        durationMax?: components["parameters"]["CallFilterDurationMax"];
        /** @description Only calls that lasted at least this long. */
        durationMin?: components["parameters"]["CallFilterDurationMin"];
        /** @description Only calls created at or after this date or date-time. A bare date means the start of that day. */
        fromDate?: components["parameters"]["CallFilterFromDate"];
        /**
         * @description Only calls whose metadata holds all these key/value pairs. On the wire
         *     each pair is its own query parameter named `metadata.<key>`, for
         *     example `?metadata.customer=1234`; the SDK writes them that way.
         */
        metadata?: components["parameters"]["CallFilterMetadata"];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
        /**
         * @description Only calls created at or before this time of day (`HH:MM:SS`), on any date.
         * @example 17:30:00
         */
        timeOfDayEnd?: components["parameters"]["CallFilterTimeOfDayEnd"];
        /**
         * @description Only calls created at or after this time of day (`HH:MM:SS`), on any date.
         * @example 09:00:00
         */
        timeOfDayStart?: components["parameters"]["CallFilterTimeOfDayStart"];
        /** @description Only calls created at or before this date or date-time. A bare date means the end of that day. */
        toDate?: components["parameters"]["CallFilterToDate"];
        /** @description Only calls that used this voice. */
        voiceId?: components["parameters"]["CallFilterVoiceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The usage of the matching calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallUsage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getConcurrencyUsage: {
    parameters: {
      query?: {
        /**
         * @description The length of each bucket of the series.
         * @example hour
         */
        bucket?: "minute" | "5min" | "hour" | "day";
        /**
         * @description The end of the range; now when omitted.
         * @example 2025-06-03T00:00:00Z
         */
        end?: string;
        /**
         * @description The start of the range; 24 hours before `end` when omitted.
         * @example 2025-06-02T00:00:00Z
         */
        start?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The concurrency series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ConcurrencyUsage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listAgents: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
        /**
         * @description The field to order agents by.
         * @example name
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.AgentPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createAgent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateAgentRequest;
      };
    };

    responses: {
      /** @description The agent was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Agent;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Agent;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The agent was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateAgentRequest;
      };
    };

    responses: {
      /** @description The updated agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Agent;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listAgentCalls: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createAgentCall: {
    parameters: {
      query?: {
        /**
         * @description The name or `throttleId` of a call throttle (see Create Call
         *     Throttle) to count this call against. When the throttle's rules are
         *     already exhausted, the call is not created and the API answers `429`.
         * @example outbound-campaign
         */
        throttle?: components["parameters"]["Throttle"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateAgentCallRequest;
      };
    };

    responses: {
      /** @description The call was created; connect a client to its `joinUrl`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Call;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listScheduledCallBatches: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of scheduled call batches. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ScheduledCallBatchPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createScheduledCallBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateScheduledCallBatchRequest;
      };
    };

    responses: {
      /** @description The batch was scheduled. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ScheduledCallBatch;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getScheduledCallBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The batch. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ScheduledCallBatch;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteScheduledCallBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The batch was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateScheduledCallBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateScheduledCallBatchRequest;
      };
    };

    responses: {
      /** @description The updated batch. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ScheduledCallBatch;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listScheduledCallBatchCreatedCalls: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listScheduledCallBatchScheduledCalls: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only scheduled calls in this status. */
        status?: requestSchemas.ScheduledCallStatus;
      };
      header?: never;
      path: {
        /**
         * @description The agent's `agentId`.
         * @example 7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4
         */
        agent_id: components["parameters"]["AgentId"];
        /**
         * @description The scheduled call batch's `batchId`.
         * @example 1f4e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b
         */
        batch_id: components["parameters"]["BatchId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of scheduled calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ScheduledCallPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallThrottles: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of call throttles. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallThrottlePage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createCallThrottle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CallThrottleRequest;
      };
    };

    responses: {
      /** @description The call throttle was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallThrottle;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallThrottle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call throttle's `throttleId`.
         * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
         */
        throttle_id: components["parameters"]["ThrottleId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call throttle. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallThrottle;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  replaceCallThrottle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call throttle's `throttleId`.
         * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
         */
        throttle_id: components["parameters"]["ThrottleId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CallThrottleRequest;
      };
    };

    responses: {
      /** @description The updated call throttle. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallThrottle;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteCallThrottle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call throttle's `throttleId`.
         * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
         */
        throttle_id: components["parameters"]["ThrottleId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call throttle was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateCallThrottle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call throttle's `throttleId`.
         * @example 2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e
         */
        throttle_id: components["parameters"]["ThrottleId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateCallThrottleRequest;
      };
    };

    responses: {
      /** @description The updated call throttle. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallThrottle;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCalls: {
    parameters: {
      query?: {
        /** @description Only calls created from one of these agents. Repeat the parameter for several agents. */
        agentIds?: components["parameters"]["CallFilterAgentIds"];
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Only calls that lasted at most this long. */
        durationMax?: components["parameters"]["CallFilterDurationMax"];
        /** @description Only calls that lasted at least this long. */
        durationMin?: components["parameters"]["CallFilterDurationMin"];
        /** @description Only calls created at or after this date or date-time. A bare date means the start of that day. */
        fromDate?: components["parameters"]["CallFilterFromDate"];
        /**
         * @description Only calls whose metadata holds all these key/value pairs. On the wire
         *     each pair is its own query parameter named `metadata.<key>`, for
         *     example `?metadata.customer=1234`; the SDK writes them that way.
         */
        metadata?: components["parameters"]["CallFilterMetadata"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
        /** @description The field to order results by. */
        sort?: string;
        /**
         * @description Only calls created at or before this time of day (`HH:MM:SS`), on any date.
         * @example 17:30:00
         */
        timeOfDayEnd?: components["parameters"]["CallFilterTimeOfDayEnd"];
        /**
         * @description Only calls created at or after this time of day (`HH:MM:SS`), on any date.
         * @example 09:00:00
         */
        timeOfDayStart?: components["parameters"]["CallFilterTimeOfDayStart"];
        /** @description Only calls created at or before this date or date-time. A bare date means the end of that day. */
        toDate?: components["parameters"]["CallFilterToDate"];
        /** @description Only calls that used this voice. */
        voiceId?: components["parameters"]["CallFilterVoiceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createCall: {
    parameters: {
      query?: {
        /**
         * @description When true, the model is prompted to greet the user unless the
         *     initial messages already end with something it would answer (a
         *     user message or a tool result).
         */
        enableGreetingPrompt?: boolean;
        /**
         * @description Continue from an earlier call: its settings apply unless this body
         *     overrides them, and its message history becomes this call's initial
         *     messages (so `initialMessages` must not be set in the body).
         */
        priorCallId?: string;
        /**
         * @description The name or `throttleId` of a call throttle (see Create Call
         *     Throttle) to count this call against. When the throttle's rules are
         *     already exhausted, the call is not created and the API answers `429`.
         * @example outbound-campaign
         */
        throttle?: components["parameters"]["Throttle"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateCallRequest;
      };
    };

    responses: {
      /** @description The call was created; connect a client to its `joinUrl`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Call;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Call;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallEvents: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Only return events at least this severe. */
        minimum_severity?: requestSchemas.CallEventSeverity;
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only return events of this type. */
        type?: string;
      };
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of call events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallEventPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallMessages: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /**
         * @description `last_stage` (the default): the last stage's messages, as the
         *     call's other fields describe its last stage. `in_call`: the
         *     messages of every stage, leaving out the initial messages.
         */
        mode?: "last_stage" | "in_call";
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of messages, in conversation order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.MessagePage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallRecording: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The recording audio, as served after following the redirect. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "audio/*": string;
        };
      };
      /** @description The recording exists; `Location` points to the audio file. */
      302: {
        headers: {
          Location: components["headers"]["Location"];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      425: components["responses"]["TooEarly"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  sendCallDataMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CallDataMessage;
      };
    };

    responses: {
      /** @description The message was delivered to the call. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      /** @description The call is not live (not joined yet, or already ended). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Error;
        };
      };
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallSipLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The SIP log file, as served after following the redirect. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": string;
        };
      };
      /** @description Logs exist; `Location` points to them. */
      302: {
        headers: {
          Location: components["headers"]["Location"];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallStages: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of call stages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallStagePage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call stage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallStage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallStageMessages: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of messages, in conversation order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.MessagePage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCallStageMessageAudio: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
        /**
         * @description The message's `callStageMessageIndex` within the stage.
         * @example 0
         */
        call_stage_message_index: number;
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The message audio. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "audio/*": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallStageTools: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
        /**
         * @description The stage's `callStageId`.
         * @example 5b99bb11-8dde-4e1b-9f46-58d5256e4d35
         */
        call_stage_id: components["parameters"]["CallStageId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The stage's tools. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallTool[];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCallTools: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The call's tools. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CallTool[];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCorpora: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of corpora. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusPage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createCorpus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CorpusRequest;
      };
    };

    responses: {
      /** @description The corpus was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Corpus;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCorpus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The corpus. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Corpus;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteCorpus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The corpus was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateCorpus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CorpusRequest;
      };
    };

    responses: {
      /** @description The updated corpus. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Corpus;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  queryCorpus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.QueryCorpusRequest;
      };
    };

    responses: {
      /** @description The matching chunks, best first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusQueryResult[];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCorpusSources: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusSourcePage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createCorpusSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateCorpusSourceRequest;
      };
    };

    responses: {
      /** @description The source was created; it starts loading documents. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusSource;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCorpusSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusSource;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteCorpusSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The source was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateCorpusSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateCorpusSourceRequest;
      };
    };

    responses: {
      /** @description The updated source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusSource;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listCorpusSourceDocuments: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusDocumentPage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getCorpusSourceDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
        /**
         * @description The document's `documentId`.
         * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
         */
        document_id: components["parameters"]["DocumentId"];
        /**
         * @description The source's `sourceId`.
         * @example 9a7c2e41-3d5b-4f6a-8b1c-2d3e4f5a6b7c
         */
        source_id: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusDocument;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createCorpusFileUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The corpus's `corpusId`.
         * @example 5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f
         */
        corpus_id: components["parameters"]["CorpusId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CorpusFileUploadRequest;
      };
    };

    responses: {
      /** @description The upload URL and the ID the document will have. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.CorpusFileUpload;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listDeletedCalls: {
    parameters: {
      query?: {
        /** @description Only calls created from one of these agents. Repeat the parameter for several agents. */
        agentIds?: components["parameters"]["CallFilterAgentIds"];
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Only calls that lasted at most this long. */
        durationMax?: components["parameters"]["CallFilterDurationMax"];
        /** @description Only calls that lasted at least this long. */
        durationMin?: components["parameters"]["CallFilterDurationMin"];
        /** @description Only calls created at or after this date or date-time. A bare date means the start of that day. */
        fromDate?: components["parameters"]["CallFilterFromDate"];
        /**
         * @description Only calls whose metadata holds all these key/value pairs. On the wire
         *     each pair is its own query parameter named `metadata.<key>`, for
         *     example `?metadata.customer=1234`; the SDK writes them that way.
         */
        metadata?: components["parameters"]["CallFilterMetadata"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
        /**
         * @description Only calls created at or before this time of day (`HH:MM:SS`), on any date.
         * @example 17:30:00
         */
        timeOfDayEnd?: components["parameters"]["CallFilterTimeOfDayEnd"];
        /**
         * @description Only calls created at or after this time of day (`HH:MM:SS`), on any date.
         * @example 09:00:00
         */
        timeOfDayStart?: components["parameters"]["CallFilterTimeOfDayStart"];
        /** @description Only calls created at or before this date or date-time. A bare date means the end of that day. */
        toDate?: components["parameters"]["CallFilterToDate"];
        /** @description Only calls that used this voice. */
        voiceId?: components["parameters"]["CallFilterVoiceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of deleted calls. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.DeletedCallPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getDeletedCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call's `callId`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        call_id: components["parameters"]["CallId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The deleted call. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.DeletedCall;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listModels: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of models. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ModelPage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getOpenApiSchema: {
    parameters: {
      query?: {
        /**
         * @description The format of the document; without it the `Accept` header decides.
         * @example json
         */
        format?: "json" | "yaml";
        /**
         * @description The language of the document's descriptions, as a Django language code.
         * @example en
         */
        lang?:
          | "af"
          | "ar"
          | "ar-dz"
          | "ast"
          | "az"
          | "be"
          | "bg"
          | "bn"
          | "br"
          | "bs"
          | "ca"
          | "ckb"
          | "cs"
          | "cy"
          | "da"
          | "de"
          | "dsb"
          | "el"
          | "en"
          | "en-au"
          | "en-gb"
          | "eo"
          | "es"
          | "es-ar"
          | "es-co"
          | "es-mx"
          | "es-ni"
          | "es-ve"
          | "et"
          | "eu"
          | "fa"
          | "fi"
          | "fr"
          | "fy"
          | "ga"
          | "gd"
          | "gl"
          | "he"
          | "hi"
          | "hr"
          | "hsb"
          | "hu"
          | "hy"
          | "ia"
          | "id"
          | "ig"
          | "io"
          | "is"
          | "it"
          | "ja"
          | "ka"
          | "kab"
          | "kk"
          | "km"
          | "kn"
          | "ko"
          | "ky"
          | "lb"
          | "lt"
          | "lv"
          | "mk"
          | "ml"
          | "mn"
          | "mr"
          | "ms"
          | "my"
          | "nb"
          | "ne"
          | "nl"
          | "nn"
          | "os"
          | "pa"
          | "pl"
          | "pt"
          | "pt-br"
          | "ro"
          | "ru"
          | "sk"
          | "sl"
          | "sq"
          | "sr"
          | "sr-latn"
          | "sv"
          | "sw"
          | "ta"
          | "te"
          | "tg"
          | "th"
          | "tk"
          | "tr"
          | "tt"
          | "udm"
          | "ug"
          | "uk"
          | "ur"
          | "uz"
          | "vi"
          | "zh-hans"
          | "zh-hant";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The OpenAPI document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.OpenApiDocument;
          "application/vnd.oai.openapi+json": schemas.OpenApiDocument;
        };
      };
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getSipConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The SIP configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipConfig;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateSipConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateSipConfigRequest;
      };
    };

    responses: {
      /** @description The updated SIP configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listSipRegistrations: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of SIP registrations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipRegistrationPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createSipRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.SipRegistrationRequest;
      };
    };

    responses: {
      /** @description The SIP registration was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipRegistration;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getSipRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The SIP registration's `registrationId`.
         * @example 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        registration_id: components["parameters"]["RegistrationId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The SIP registration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipRegistration;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteSipRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The SIP registration's `registrationId`.
         * @example 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        registration_id: components["parameters"]["RegistrationId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The SIP registration was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateSipRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The SIP registration's `registrationId`.
         * @example 6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        registration_id: components["parameters"]["RegistrationId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateSipRegistrationRequest;
      };
    };

    responses: {
      /** @description The updated SIP registration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.SipRegistration;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getPlivoConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Plivo configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.PlivoConfig;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createPlivoConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreatePlivoConfigRequest;
      };
    };

    responses: {
      /** @description The Plivo configuration was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.PlivoConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deletePlivoConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Plivo configuration was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updatePlivoConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdatePlivoConfigRequest;
      };
    };

    responses: {
      /** @description The updated Plivo configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.PlivoConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getTelnyxConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Telnyx configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TelnyxConfig;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createTelnyxConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateTelnyxConfigRequest;
      };
    };

    responses: {
      /** @description The Telnyx configuration was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TelnyxConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteTelnyxConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Telnyx configuration was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateTelnyxConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateTelnyxConfigRequest;
      };
    };

    responses: {
      /** @description The updated Telnyx configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TelnyxConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getTwilioConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Twilio configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TwilioConfig;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createTwilioConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.CreateTwilioConfigRequest;
      };
    };

    responses: {
      /** @description The Twilio configuration was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TwilioConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteTwilioConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The Twilio configuration was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateTwilioConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateTwilioConfigRequest;
      };
    };

    responses: {
      /** @description The updated Twilio configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.TwilioConfig;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listTools: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Only tools with this ownership. */
        ownership?: requestSchemas.Ownership;
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
        /**
         * @description How to order the tools: `display` (public tools by name, then
         *     private ones newest first), `alphabetic` or `reverseAlphabetic` by
         *     name, `chronologic` or `reverseChronologic` by creation, or
         *     `default` (newest first, private tools before public ones). Keep it
         *     the same when following a page's cursor.
         */
        sortOrder?:
          | "display"
          | "alphabetic"
          | "reverseAlphabetic"
          | "chronologic"
          | "reverseChronologic"
          | "default";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of tools. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ToolPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createTool: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.ToolRequest;
        "multipart/form-data": requestSchemas.ImportToolRequest;
      };
    };

    responses: {
      /** @description The tool was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Tool;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The tool. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Tool;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  replaceTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.ToolRequest;
      };
    };

    responses: {
      /** @description The tool as replaced. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Tool;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The tool was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getToolHistory: {
    parameters: {
      query?: {
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of calls that used the tool. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.ToolHistoryPage;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  testTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The tool's `toolId`.
         * @example 7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2
         */
        tool_id: components["parameters"]["ToolId"];
      };
      cookie?: never;
    };

    requestBody?: {
      content: {
        "application/json": {
          [key: string]: unknown;
        };
      };
    };

    responses: {
      /** @description The tool's answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  previewVoice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.VoiceRequest;
      };
    };

    responses: {
      /** @description The generated audio, as WAV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "audio/wav": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listVoices: {
    parameters: {
      query?: {
        /** @description Only voices billed this way. */
        billingStyle?: requestSchemas.VoiceBillingStyle;
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Only voices with this ownership. */
        ownership?: requestSchemas.Ownership;
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
        /**
         * @description Voices for this BCP 47 language first; voices of the same language
         *     with another region, script or variant may follow further down.
         * @example en-US
         */
        primaryLanguage?: string;
        /** @description Only voices from these providers. Repeat the parameter for several. */
        provider?: readonly (
          "lmnt" | "cartesia" | "google" | "respeecher" | "eleven_labs" | "inworld"
        )[];
        /** @description Only return results matching this text. */
        search?: components["parameters"]["Search"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of voices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.VoicePage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createVoice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.VoiceRequest;
        "multipart/form-data": requestSchemas.CloneVoiceRequest;
      };
    };

    responses: {
      /** @description The voice was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Voice;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getVoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The voice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Voice;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  replaceVoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.VoiceRequest;
      };
    };

    responses: {
      /** @description The voice as replaced. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Voice;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteVoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The voice was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateVoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateVoiceRequest;
      };
    };

    responses: {
      /** @description The updated voice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Voice;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getVoiceSample: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice's `voiceId`.
         * @example 6c1f2e3d-4b5a-4c7d-9e8f-0a1b2c3d4e5f
         */
        voice_id: components["parameters"]["VoiceId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The sample audio. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "audio/*": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  listWebhooks: {
    parameters: {
      query?: {
        /** @description Only webhooks scoped to this agent. */
        agentId?: string;
        /** @description The opaque cursor of the page to fetch, taken from a previous page's `next` or `previous`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description How many results a page holds. */
        pageSize?: components["parameters"]["PageSize"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description A page of webhooks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.WebhookPage;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.WebhookRequest;
      };
    };

    responses: {
      /** @description The webhook was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Webhook;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The webhook's `webhookId`.
         * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Webhook;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  replaceWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The webhook's `webhookId`.
         * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.WebhookRequest;
      };
    };

    responses: {
      /** @description The webhook as replaced. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Webhook;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The webhook's `webhookId`.
         * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };

    requestBody?: never;

    responses: {
      /** @description The webhook was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The webhook's `webhookId`.
         * @example 0b6f7d1e-2c3a-4e5b-8f9d-1a2b3c4d5e6f
         */
        webhook_id: components["parameters"]["WebhookId"];
      };
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": requestSchemas.UpdateWebhookRequest;
      };
    };

    responses: {
      /** @description The updated webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": schemas.Webhook;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };

  onCallBilled: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Lowercase hex HMAC-SHA256 of the raw body bytes followed by the
         *     `X-Ultravox-Webhook-Timestamp` value, keyed with a webhook secret.
         *     During secret rotation it holds several signatures separated by
         *     commas; the request is authentic if any one matches.
         * @example 03792586935fa39a221a7f388f30d3eca9e7b638e275878f7afa5c16d8a64ad7
         */
        "X-Ultravox-Webhook-Signature": components["parameters"]["WebhookSignature"];
        /**
         * @description When Ultravox sent the request (ISO 8601). Reject stale values to stop replays.
         * @example 2026-05-21T12:00:00+00:00
         */
        "X-Ultravox-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
      };
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": schemas.CallBilledEvent;
      };
    };

    responses: {
      204: components["responses"]["WebhookAccepted"];
    };
  };

  onCallEnded: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Lowercase hex HMAC-SHA256 of the raw body bytes followed by the
         *     `X-Ultravox-Webhook-Timestamp` value, keyed with a webhook secret.
         *     During secret rotation it holds several signatures separated by
         *     commas; the request is authentic if any one matches.
         * @example 03792586935fa39a221a7f388f30d3eca9e7b638e275878f7afa5c16d8a64ad7
         */
        "X-Ultravox-Webhook-Signature": components["parameters"]["WebhookSignature"];
        /**
         * @description When Ultravox sent the request (ISO 8601). Reject stale values to stop replays.
         * @example 2026-05-21T12:00:00+00:00
         */
        "X-Ultravox-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
      };
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": schemas.CallEndedEvent;
      };
    };

    responses: {
      204: components["responses"]["WebhookAccepted"];
    };
  };

  onCallJoined: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Lowercase hex HMAC-SHA256 of the raw body bytes followed by the
         *     `X-Ultravox-Webhook-Timestamp` value, keyed with a webhook secret.
         *     During secret rotation it holds several signatures separated by
         *     commas; the request is authentic if any one matches.
         * @example 03792586935fa39a221a7f388f30d3eca9e7b638e275878f7afa5c16d8a64ad7
         */
        "X-Ultravox-Webhook-Signature": components["parameters"]["WebhookSignature"];
        /**
         * @description When Ultravox sent the request (ISO 8601). Reject stale values to stop replays.
         * @example 2026-05-21T12:00:00+00:00
         */
        "X-Ultravox-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
      };
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": schemas.CallJoinedEvent;
      };
    };

    responses: {
      204: components["responses"]["WebhookAccepted"];
    };
  };

  onCallStarted: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Lowercase hex HMAC-SHA256 of the raw body bytes followed by the
         *     `X-Ultravox-Webhook-Timestamp` value, keyed with a webhook secret.
         *     During secret rotation it holds several signatures separated by
         *     commas; the request is authentic if any one matches.
         * @example 03792586935fa39a221a7f388f30d3eca9e7b638e275878f7afa5c16d8a64ad7
         */
        "X-Ultravox-Webhook-Signature": components["parameters"]["WebhookSignature"];
        /**
         * @description When Ultravox sent the request (ISO 8601). Reject stale values to stop replays.
         * @example 2026-05-21T12:00:00+00:00
         */
        "X-Ultravox-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
      };
      path?: never;
      cookie?: never;
    };

    requestBody: {
      content: {
        "application/json": schemas.CallStartedEvent;
      };
    };

    responses: {
      204: components["responses"]["WebhookAccepted"];
    };
  };
}

/** Every schema as the API returns it: read-only fields set, write-only fields left out. */
export namespace schemas {
  /** @description The account behind the API key. */
  export interface Account {
    /**
     * Format: uuid
     * @description The account's unique ID.
     */
    accountId: string;
    /** @description How many of the account's calls are active now. */
    activeCalls: number;
    /** @description The most calls the account may have active at once. */
    allowedConcurrentCalls: number | null;
    /** @description The account's allowance of corpora. */
    allowedCorpora: number | null;
    /** @description The account's allowance of voices. */
    allowedVoices: number | null;
    /** @description A link for managing the account's paid subscription. */
    billingUrl: string;
    /**
     * @description How much free call time is left. It can grow again when a call ends
     *     before its `maxDuration` or an unjoined call times out.
     */
    freeTimeRemaining: string;
    /** @description How much free call time earlier and ongoing calls have used. */
    freeTimeUsed: string;
    /** @description Whether the account has an active subscription. */
    hasActiveSubscription: boolean;
    /** @description The account's name. */
    name: string;
    /** @description How often the subscription is billed. */
    subscriptionCadence: string | null;
    /**
     * Format: date-time
     * @description When the current subscription expires, if it does; access ends then unless credit remains.
     */
    subscriptionExpiration: string | null;
    /**
     * Format: date-time
     * @description When the subscription renews, if it does.
     */
    subscriptionRenewal: string | null;
    /**
     * Format: date-time
     * @description When a scheduled change of the subscription takes effect, if one is scheduled.
     */
    subscriptionScheduledUpdate: string | null;
    /** @description The current subscription tier. */
    subscriptionTier: string | null;
  }
  /** @description A named call template that calls can be created from. */
  export interface Agent {
    /**
     * Format: uuid
     * @description The agent's unique ID.
     */
    agentId: string;
    /** @description The settings the agent's calls start from, or null if it has none. */
    callTemplate: CallTemplate | null;
    /**
     * Format: date-time
     * @description When the agent was created.
     */
    created: string;
    /** @description The agent's name. */
    name: string;
    /**
     * Format: uuid
     * @description The revision of the agent that new calls use, or null if none is published.
     */
    publishedRevisionId: string | null;
    statistics: AgentStatistics;
  }
  /** @description The agent speaks first. */
  export interface AgentFirstSpeakerSettings {
    /** @description How long the agent waits before greeting, for example until the user is ready. */
    delay?: Duration;
    /** @description An instruction the model follows to produce the greeting. */
    prompt?: string;
    /** @description What the agent says. Set this or `prompt`; with neither, the model generates a greeting. */
    text?: string;
    /**
     * @description Whether the user is prevented from interrupting the greeting.
     * @default false
     */
    uninterruptible?: boolean;
  }
  /** @description A page of agents. */
  export interface AgentPage extends PageLinks {
    results: Agent[];
  }
  /**
   * @description What the agent does after the tool answers: `SPEAKS` responds, `LISTENS`
   *     waits for the user, `SPEAKS_ONCE` responds once. A tool may override it
   *     with the `X-Ultravox-Agent-Reaction` header.
   * @enum {string}
   */
  export type AgentReaction =
    | "AGENT_REACTION_UNSPECIFIED"
    | "AGENT_REACTION_SPEAKS"
    | "AGENT_REACTION_LISTENS"
    | "AGENT_REACTION_SPEAKS_ONCE";
  /** @description Counts about an agent's use. */
  export interface AgentStatistics {
    /**
     * @description How many calls were created from the agent.
     * @default 0
     */
    calls: number;
  }
  /** @description A parameter Ultravox fills in from the call. */
  export interface AutomaticParameter {
    knownValue?: KnownParamValue;
    location?: ParameterLocation;
    name?: string;
  }
  /**
   * @description What a tool is and how it runs: the definition of a durable tool
   *     (Create Tool) and of a call's `temporaryTool`. Set exactly one
   *     implementation: `http`, `client` or `dataConnection`.
   */
  export type BaseToolDefinition =
    BaseToolDefinitionHttp | BaseToolDefinitionClient | BaseToolDefinitionDataConnection;
  /** A `BaseToolDefinition` that sets `http`. */
  export interface BaseToolDefinitionHttp {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client?: never;
    dataConnection?: never;
    http?: HttpToolDetails;
  }
  /** A `BaseToolDefinition` that sets `client`. */
  export interface BaseToolDefinitionClient {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client: ClientToolDetails;
    dataConnection?: never;
    http?: never;
  }
  /** A `BaseToolDefinition` that sets `dataConnection`. */
  export interface BaseToolDefinitionDataConnection {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client?: never;
    dataConnection: DataConnectionToolDetails;
    http?: never;
  }
  /**
   * @description How the call is billed. `PENDING`: not yet billed (ongoing calls; calls
   *     before 2025-05-28 may keep it). `FREE_CONSOLE`: started in the Ultravox
   *     console. `FREE_ZERO_EFFECTIVE_DURATION`: nothing to bill. `FREE_MINUTES`:
   *     counted against free minutes. `FREE_SYSTEM_ERROR`: ended by a system
   *     error. `FREE_OTHER`: free for another reason. `BILLED`: see
   *     `billedDuration`. `REFUNDED`: billed, then refunded. `UNSPECIFIED`:
   *     unexpected; contact support. SIP legs may be billed even when the call
   *     is free.
   * @enum {string}
   */
  export type BillingStatus =
    | "BILLING_STATUS_PENDING"
    | "BILLING_STATUS_FREE_CONSOLE"
    | "BILLING_STATUS_FREE_ZERO_EFFECTIVE_DURATION"
    | "BILLING_STATUS_FREE_MINUTES"
    | "BILLING_STATUS_FREE_SYSTEM_ERROR"
    | "BILLING_STATUS_FREE_OTHER"
    | "BILLING_STATUS_BILLED"
    | "BILLING_STATUS_REFUNDED"
    | "BILLING_STATUS_UNSPECIFIED";
  /** @description A call, as Get Call, List Calls and webhooks return it. */
  export interface Call extends CallDefinition {
    /** @description The agent the call was created from, if any. */
    agent?: CallAgentReference | null;
    /** @description The ID of the agent the call was created from, if any. */
    agentId?: string | null;
    /** @description The duration that was billed, once billing is final. */
    billedDuration?: Duration | null;
    /** @description Input tokens billed for side generations (for example threads). */
    billedSideInputTokens?: number | null;
    /** @description Output tokens billed for side generations. */
    billedSideOutputTokens?: number | null;
    billingStatus?: BillingStatus;
    callbacks?: CallCallbacks;
    /**
     * Format: uuid
     * @description The call's unique ID.
     */
    callId: string;
    /** @description The version string of the client that joined the call. */
    clientVersion: string | null;
    /**
     * Format: date-time
     * @description When the call was created.
     */
    created: string;
    dataConnectionConfig?: DataConnectionConfig;
    /**
     * Format: date-time
     * @description When the call ended, or null while it is live.
     */
    ended: string | null;
    /** @description Why the call ended, or null while it is live. */
    endReason: EndReason | null;
    /**
     * @description How many errors happened during the call. Older answers carry it; the published schema no longer lists it.
     * @default 0
     */
    errorCount?: number;
    /** @description Experimental settings the call ran with. */
    experimentalSettings: unknown;
    /**
     * @deprecated
     * @description Who was meant to speak first. Deprecated; read `firstSpeakerSettings`.
     * @enum {string}
     */
    firstSpeaker: "FIRST_SPEAKER_AGENT" | "FIRST_SPEAKER_USER";
    /** @description The greeting settings the call used (always present on a call). */
    firstSpeakerSettings: FirstSpeakerSettings;
    /**
     * @description The medium the agent started with (always present on a call, never unspecified).
     * @enum {unknown}
     */
    initialOutputMedium: MessageMedium;
    initialState?: CallState;
    /**
     * Format: date-time
     * @description When a client joined, or null if none has.
     */
    joined: string | null;
    /** @description The URL a client connects to in order to join the call. */
    joinUrl: string | null;
    metadata: CallMetadata;
    /** @description Context captured from the request that created the call (for example an incoming telephony request). */
    requestContext?: unknown;
    /** @description What happens to the call's data once it ends; null when the account's default applies. */
    retentionPolicy?: CallRetentionPolicy | null;
    /** @description A one-sentence summary, once the call has ended. */
    shortSummary: string | null;
    /** @description SIP billing details, for calls that used the `sip` medium. */
    sipDetails?: CallSipDetails | null;
    /** @description A longer summary, once the call has ended. */
    summary: string | null;
    /**
     * @deprecated
     * @description Whether the call may go without a transcript.
     * @default true
     */
    transcriptOptional?: boolean;
  }
  /** @description The agent a call was created from. */
  export interface CallAgentReference {
    /** Format: uuid */
    agentId: string;
    name: string;
  }
  /**
   * @description The body of a `call.billed` webhook.
   * @example {
   *       "event": "call.billed",
   *       "call": {
   *         "callId": "8f6a3c0e-2f4b-4f7e-9a51-3e1f0c9d2b7a",
   *         "clientVersion": "phone(api_v0)",
   *         "created": "2025-03-22T15:48:32.997086Z",
   *         "joined": "2025-03-22T15:48:33.841005Z",
   *         "ended": "2025-03-22T15:48:59.655926Z",
   *         "endReason": "hangup",
   *         "billedDuration": "26s",
   *         "billingStatus": "BILLING_STATUS_BILLED",
   *         "firstSpeaker": "FIRST_SPEAKER_AGENT",
   *         "firstSpeakerSettings": {
   *           "agent": {}
   *         },
   *         "initialOutputMedium": "MESSAGE_MEDIUM_VOICE",
   *         "joinUrl": null,
   *         "medium": {
   *           "plivo": {}
   *         },
   *         "systemPrompt": "You are a friendly scheduling assistant for a dental clinic.",
   *         "voice": "Mark",
   *         "errorCount": 0,
   *         "shortSummary": "The caller booked a cleaning for Tuesday at 10am.",
   *         "summary": "The caller asked for the earliest cleaning slot and accepted Tuesday at 10am.",
   *         "experimentalSettings": null,
   *         "metadata": {
   *           "customer": "1234"
   *         }
   *       }
   *     }
   */
  export interface CallBilledEvent {
    call: Call;
    /** @constant */
    event: "call.billed";
  }
  /** @description One callback of a call. */
  export interface CallCallback {
    /** @description Secrets that sign the request, as a webhook's secrets do. */
    secrets?: string[];
    /**
     * Format: uri
     * @description The URL Ultravox sends the request to.
     * @example https://example.com/ultravox/call-ended
     */
    url?: string;
  }
  /** @description URLs Ultravox calls when this call reaches a stage of its life, like webhooks scoped to one call. */
  export interface CallCallbacks {
    /** @description Called when the call has been billed. */
    billed?: CallCallback;
    /** @description Called when the call ends. */
    ended?: CallCallback;
    /** @description Called when a client joins the call. */
    joined?: CallCallback;
  }
  /** @description A data message for a live call. The REST API accepts these three types. */
  export type CallDataMessage = ForcedAgentMessage | HangUpMessage | UserTextMessage;
  /**
   * @description The settings that shape a call: the per-stage settings plus the
   *     connection, timing, recording, greeting and turn-taking settings.
   *     Create Call requests, agent call templates and Call objects all build on it.
   */
  export interface CallDefinition extends CallStageSettings {
    firstSpeakerSettings?: FirstSpeakerSettings;
    /** @description Whether the agent starts by speaking or by sending text. Defaults to voice. */
    initialOutputMedium?: MessageMedium;
    /**
     * @description How long a client has to join before the call ends unjoined.
     * @default 30s
     */
    joinTimeout?: Duration;
    /**
     * @description The longest the call may last.
     * @default 3600s
     */
    maxDuration?: Duration;
    /** @description How clients connect to the call; null or absent means WebRTC. */
    medium?: CallMedium | null;
    /**
     * @description Whether the call is recorded (see Get Call Recording).
     * @default false
     */
    recordingEnabled?: boolean;
    /** @description Turn-taking settings; null or absent means the defaults. */
    vadSettings?: VadSettings | null;
  }
  /**
   * @description The body of a `call.ended` webhook.
   * @example {
   *       "event": "call.ended",
   *       "call": {
   *         "callId": "8f6a3c0e-2f4b-4f7e-9a51-3e1f0c9d2b7a",
   *         "clientVersion": "phone(api_v0)",
   *         "created": "2025-03-22T15:48:32.997086Z",
   *         "joined": "2025-03-22T15:48:33.841005Z",
   *         "ended": "2025-03-22T15:48:59.655926Z",
   *         "endReason": "hangup",
   *         "billingStatus": "BILLING_STATUS_PENDING",
   *         "firstSpeaker": "FIRST_SPEAKER_AGENT",
   *         "firstSpeakerSettings": {
   *           "agent": {}
   *         },
   *         "initialOutputMedium": "MESSAGE_MEDIUM_VOICE",
   *         "joinUrl": null,
   *         "medium": {
   *           "plivo": {}
   *         },
   *         "systemPrompt": "You are a friendly scheduling assistant for a dental clinic.",
   *         "voice": "Mark",
   *         "errorCount": 0,
   *         "shortSummary": "The caller booked a cleaning for Tuesday at 10am.",
   *         "summary": "The caller asked for the earliest cleaning slot and accepted Tuesday at 10am.",
   *         "experimentalSettings": null,
   *         "metadata": {
   *           "customer": "1234"
   *         }
   *       }
   *     }
   */
  export interface CallEndedEvent {
    call: Call;
    /** @constant */
    event: "call.ended";
  }
  /** @description Something notable that happened during a call. */
  export interface CallEvent {
    /** Format: uuid */
    callId: string;
    /** Format: uuid */
    callStageId: string;
    /** @description When the event happened, as an offset into the call. */
    callTimestamp: string;
    /** @description Event-specific details, or null. */
    extras: {
      [key: string]: unknown;
    } | null;
    severity: CallEventSeverity;
    /** @description A human-readable description. */
    text: string;
    /** @description The kind of event. */
    type: string;
    /** @description When the event happened by the clock, or null when unknown. */
    wallClockTimestamp: string | null;
  }
  /** @description A page of call events. */
  export interface CallEventPage extends PageLinks {
    results: CallEvent[];
  }
  /**
   * @description How serious an event is.
   * @enum {string}
   */
  export type CallEventSeverity = "debug" | "info" | "warning" | "error";
  /** @description An HTTP tool as used in a call, naming the credentials it sends without their values. */
  export interface CallHttpToolDetails {
    /** @description Headers that carry credentials. */
    authHeaders?: string[];
    /** @description Query parameters that carry credentials. */
    authQueryParams?: string[];
    baseUrlPattern?: string;
    /** @description Scopes of the Ultravox call token sent, if any. */
    callTokenScopes?: string[];
    httpMethod?: string;
  }
  /** @description The body of a `call.joined` webhook. */
  export interface CallJoinedEvent {
    call: Call;
    /** @constant */
    event: "call.joined";
  }
  /**
   * @description How clients connect to the call. Set at most one medium; with none the
   *     call uses WebRTC and the Ultravox client SDK.
   */
  export type CallMedium =
    | CallMediumWebRtc
    | CallMediumTwilio
    | CallMediumServerWebSocket
    | CallMediumTelnyx
    | CallMediumPlivo
    | CallMediumExotel
    | CallMediumSip;
  /** A `CallMedium` that sets `webRtc`. */
  export interface CallMediumWebRtc {
    exotel?: never;
    plivo?: never;
    serverWebSocket?: never;
    sip?: never;
    telnyx?: never;
    twilio?: never;
    webRtc?: WebRtcMedium;
  }
  /** A `CallMedium` that sets `twilio`. */
  export interface CallMediumTwilio {
    exotel?: never;
    plivo?: never;
    serverWebSocket?: never;
    sip?: never;
    telnyx?: never;
    twilio: TwilioMedium;
    webRtc?: never;
  }
  /** A `CallMedium` that sets `serverWebSocket`. */
  export interface CallMediumServerWebSocket {
    exotel?: never;
    plivo?: never;
    serverWebSocket: ServerWebSocketMedium;
    sip?: never;
    telnyx?: never;
    twilio?: never;
    webRtc?: never;
  }
  /** A `CallMedium` that sets `telnyx`. */
  export interface CallMediumTelnyx {
    exotel?: never;
    plivo?: never;
    serverWebSocket?: never;
    sip?: never;
    telnyx: TelnyxMedium;
    twilio?: never;
    webRtc?: never;
  }
  /** A `CallMedium` that sets `plivo`. */
  export interface CallMediumPlivo {
    exotel?: never;
    plivo: PlivoMedium;
    serverWebSocket?: never;
    sip?: never;
    telnyx?: never;
    twilio?: never;
    webRtc?: never;
  }
  /** A `CallMedium` that sets `exotel`. */
  export interface CallMediumExotel {
    exotel: ExotelMedium;
    plivo?: never;
    serverWebSocket?: never;
    sip?: never;
    telnyx?: never;
    twilio?: never;
    webRtc?: never;
  }
  /** A `CallMedium` that sets `sip`. */
  export interface CallMediumSip {
    exotel?: never;
    plivo?: never;
    serverWebSocket?: never;
    sip: SipMedium;
    telnyx?: never;
    twilio?: never;
    webRtc?: never;
  }
  /** @description String key/value pairs attached to a call. Keys starting with `ultravox.` are set by Ultravox. */
  export interface CallMetadata {
    [key: string]: string;
  }
  /** @description String key/value pairs to attach to the call. Keys may not start with `ultravox.` (reserved). */
  export interface CallMetadataInput extends CallMetadata {}
  /** @description A page of calls. */
  export interface CallPage extends PageLinks {
    results: Call[];
  }
  /**
   * @description A call's retention policy as the call reports it; `retain` keeps the data, `auto_delete` deletes it after billing.
   * @enum {string}
   */
  export type CallRetentionPolicy = "retain" | "auto_delete";
  /** @description Billing details of a call's SIP leg. */
  export interface CallSipDetails {
    /** @description The SIP duration billed, or null before billing. */
    billedDuration: Duration | null;
    /** @description Why the SIP session ended, or null while it lasts. */
    terminationReason: SipTerminationReason | null;
  }
  /** @description One segment of a call with its own prompt, voice or tools. */
  export interface CallStage extends CallStageSettings {
    /** Format: uuid */
    callId: string;
    /** Format: uuid */
    callStageId: string;
    /** Format: date-time */
    created: string;
    /** @description How many errors happened in this stage. */
    errorCount: number;
    /** @description Experimental settings the stage ran with, or null. */
    experimentalSettings: unknown;
    initialState: CallState;
    /** @description How many tokens the stage's context held when the stage began, or null if not counted. */
    initialTokenCount: number | null;
    /** @description How many tokens the stage's context held most recently, or null if not counted. */
    latestTokenCount: number | null;
  }
  /** @description A page of call stages. */
  export interface CallStagePage extends PageLinks {
    results: CallStage[];
  }
  /**
   * @description The settings a call stage may set for itself: prompt, model, voice and
   *     speech. A call (or template) value applies to every stage that does
   *     not set its own.
   */
  export interface CallStageSettings {
    externalVoice?: ExternalVoice;
    /** @description Messages the agent speaks while the user stays silent. Each duration counts from the previous message. */
    inactivityMessages?: InactivityMessage[];
    /**
     * @description A BCP 47 language code that guides speech recognition and synthesis.
     * @example en-US
     */
    languageHint?: string | null;
    /**
     * @description The model to generate with.
     * @default ultravox-v0.7
     * @example ultravox-v0.7
     */
    model?: string | null;
    /** @description The system prompt the model generates with. */
    systemPrompt?: string | null;
    /**
     * @description The model's sampling temperature, from 0 to 1.
     * @default 0
     */
    temperature?: number;
    /** @description What the agent says just before hanging up when `maxDuration` is reached. */
    timeExceededMessage?: string | null;
    /**
     * @description The ID, or unique name, of the Ultravox voice to speak with. Set this or `externalVoice`, not both.
     * @example Mark
     */
    voice?: string | null;
    /**
     * @description Settings that replace some of the chosen voice's own, under the key
     *     of its provider (for example `{ elevenLabs: { speed: 1.1 } }`).
     */
    voiceOverrides?: ExternalVoice;
  }
  /** @description The body of a `call.started` webhook. */
  export interface CallStartedEvent {
    call: Call;
    /** @constant */
    event: "call.started";
  }
  /** @description Call state that tools can read and change. */
  export interface CallState {
    [key: string]: unknown;
  }
  /**
   * @description The call settings an agent's calls start from. Calls created from the
   *     agent may override some of them (see Create Agent Call). These string
   *     fields are Mustache templates filled from the call's `templateContext`:
   *     `systemPrompt`, `languageHint`, `timeExceededMessage`, each inactivity
   *     message's `message`, and in `selectedTools` the `description`, static
   *     parameter values and HTTP auth header and query parameter values.
   */
  export interface CallTemplate extends CallDefinition {
    /**
     * @description The JSON Schema the `templateContext` of every call must match.
     *     Only a template has it: when unset, one is derived from the
     *     variables the templated fields use. With several stages, each
     *     stage needs its own (or the derived one).
     */
    contextSchema?: {
      [key: string]: unknown;
    };
    /**
     * Format: date-time
     * @description When the template was created.
     */
    created?: string;
    /** @description The data connection every call from the agent opens, unless Create Agent Call sets its own. */
    dataConnection?: DataConnectionConfig;
    /** @description The template's name. */
    name?: string;
    retentionPolicy?: RetentionPolicy;
    /** @description The tools the agent may use (in stages that set none of their own). */
    selectedTools?: SelectedTool[];
    /**
     * Format: date-time
     * @description When the template was last changed.
     */
    updated?: string;
  }
  /** @description Named rate limits that calls can be created under (see Create Call's `throttle` parameter). */
  export interface CallThrottle extends CallThrottleSettings {
    /**
     * Format: date-time
     * @description When the throttle was created.
     */
    created: string;
    /**
     * Format: uuid
     * @description The throttle's unique ID.
     */
    throttleId: string;
  }
  /** @description A page of call throttles. */
  export interface CallThrottlePage extends PageLinks {
    results: CallThrottle[];
  }
  /** @description The body of Create Call Throttle and Update Call Throttle (which replaces every field). */
  export interface CallThrottleRequest extends CallThrottleSettings {
    /**
     * @description The throttle's name; Create Call's `throttle` parameter accepts it as well as the ID.
     * @example outbound-campaign
     */
    name: string;
    /** @description The limits; a call must satisfy every one of them. */
    rules: CallThrottleRule[];
  }
  /** @description A sliding-window limit; a call is rejected while the window already holds `maxCalls` calls. */
  export interface CallThrottleRule {
    /** @description The most calls allowed within the window. */
    maxCalls: number;
    /** @description The window's length in seconds (at most one day). */
    windowSeconds: number;
  }
  /** @description The fields of a call throttle that you set. */
  export interface CallThrottleSettings {
    /**
     * @description The throttle's name; Create Call's `throttle` parameter accepts it as well as the ID.
     * @example outbound-campaign
     */
    name?: string;
    /** @description The limits; a call must satisfy every one of them. */
    rules?: CallThrottleRule[];
  }
  /** @description A tool as it was available in a call. */
  export interface CallTool {
    /** Format: uuid */
    callToolId: string;
    definition: CallToolDefinition;
    /** @description The tool's name in the call, after any `nameOverride`. */
    name: string;
    /**
     * Format: uuid
     * @description The durable tool it came from, or null for a temporary tool.
     */
    toolId: string | null;
  }
  /** @description A tool's definition as used in a call, without credentials. */
  export interface CallToolDefinition {
    automaticParameters?: AutomaticParameter[];
    client?: ClientToolDetails;
    dataConnection?: DataConnectionToolDetails;
    defaultReaction?: AgentReaction;
    description?: string;
    dynamicParameters?: DynamicParameter[];
    http?: CallHttpToolDetails;
    precomputable?: boolean;
    staticParameters?: StaticParameter[];
    staticResponse?: StaticToolResponse;
    timeout?: Duration;
  }
  /** @description Usage of the calls matching the filters, all-time and per day and hour. */
  export interface CallUsage {
    /** @description Usage over all time. */
    allTime: CallUsageTotals;
    /** @description Usage per day. */
    daily: DailyCallUsage[];
    /** @description Usage per hour. */
    hourly: HourlyCallUsage[];
  }
  /** @description Call counts and time over a period. */
  export interface CallUsageTotals {
    /** @description The minutes billed for the calls. */
    billedMinutes: number;
    /** @description The calls' total duration. */
    duration: Duration;
    /** @description How many calls had errors. */
    errorCount: number;
    /** @description How many calls a client joined. */
    joinedCount: number;
    /** @description How many calls were created. */
    totalCount: number;
  }
  /** @description Cartesia generation controls. */
  export interface CartesiaGenerationConfig {
    emotion?: string;
    /** @description A Cartesia pronunciation dictionary ID. */
    pronunciationDictId?: string;
    speed?: number;
    volume?: number;
  }
  /** @description A voice from Cartesia. */
  export interface CartesiaVoice {
    emotion?: string;
    emotions?: string[];
    generationConfig?: CartesiaGenerationConfig;
    /** @description The Cartesia model. */
    model?: string;
    /**
     * @description Speaking rate.
     * @default 0
     */
    speed?: number;
    /** @description The Cartesia voice ID. */
    voiceId?: string;
  }
  /** @description The tool runs in the client connected to the call. Client tools take body parameters only. */
  export type ClientToolDetails = Record<string, never>;
  /** @description The multipart body that clones a voice from a recording. */
  export interface CloneVoiceRequest {
    /**
     * @description What the voice sounds like; generated when omitted.
     * @example Voice recorded on Jan 1, 2024
     */
    description?: string;
    /** @description The recording to clone (.mp3 or .wav, one speaker, 30 to 60 seconds, at most 10 MB). */
    file: unknown;
    /**
     * @description The BCP 47 code of the recording's language.
     * @default en
     * @example en-US
     */
    language?: string;
    /**
     * @description The new voice's name; unique within the account.
     * @example My Custom Voice
     */
    name: string;
  }
  /** @description Concurrent calls in one interval. */
  export interface ConcurrencyBucket {
    /** @description The average number of joined calls. */
    avgJoinedCalls: number;
    /** @description The average number of active calls. */
    avgTotalCalls: number;
    /** @description The most joined calls at once. */
    maxJoinedCalls: number;
    /** @description The most calls active at once. */
    maxTotalCalls: number;
    /**
     * Format: date-time
     * @description When the interval starts.
     */
    timestamp: string;
  }
  /** @description The account's call concurrency over a time range. */
  export interface ConcurrencyUsage {
    /** @description One bucket per interval, oldest first. */
    timeSeries: ConcurrencyBucket[];
  }
  /** @description A searchable collection of documents that grounds an agent in facts about a domain. */
  export interface Corpus extends CorpusSettings {
    /** @description The corpus's unique ID. */
    corpusId: string;
    /**
     * Format: date-time
     * @description When the corpus was created.
     */
    created: string;
    stats?: CorpusStats;
  }
  /** @description A document of an advanced source. */
  export interface CorpusAdvancedDocument {
    /** @description The document's `documentId`. */
    documentId?: string;
    /** @description Example queries for the document. */
    exampleQueries?: string[];
  }
  /**
   * @description A source built from documents listed one by one, each with example
   *     queries. The reference shows this kind of source only in a request
   *     example, without describing it further.
   */
  export interface CorpusAdvancedSpec {
    documents?: CorpusAdvancedDocument[];
  }
  /** @description Where a chunk came from. */
  export interface CorpusCitation {
    /** @description The document the chunk was cut from. */
    documentId?: string;
    /** @description The document's public URL, if it has one. */
    publicUrl?: string;
    /** @description The source the chunk's document belongs to. */
    sourceId?: string;
    /** @description The document's title. */
    title?: string;
  }
  /**
   * @description A crawl of web pages. Links are followed within each start URL's
   *     domain (list subdomains as start URLs of their own).
   */
  export interface CorpusCrawlSpec {
    /** @description How many links deep to crawl; 1 loads only the start URLs. */
    maxDepth?: number;
    /** @description The largest document to load, in bytes. */
    maxDocumentBytes?: number;
    /** @description The most documents to load (a source holds at most 200). */
    maxDocuments?: number;
    relevantDocumentTypes?: CorpusMimeTypeFilter;
    /**
     * @description The pages the crawl starts from.
     * @example [
     *       "https://docs.example.com"
     *     ]
     */
    startUrls?: string[];
  }
  /**
   * @description One file or page of a source, or a document derived from one during
   *     processing (for example an HTML page turned into Markdown). Read-only.
   */
  export interface CorpusDocument {
    corpusId: string;
    /** Format: date-time */
    created: string;
    documentId: string;
    metadata?: CorpusDocumentMetadata;
    /** @description The document's MIME type. */
    mimeType?: string;
    /**
     * @description The document's size in bytes, as a decimal string.
     * @example 18234
     */
    sizeBytes?: string;
    sourceId: string;
  }
  /** @description What is known about a document's origin. */
  export interface CorpusDocumentMetadata {
    description?: string;
    /** @description Questions the document answers, which help retrieval find it. */
    exampleQueries?: string[];
    /** @description The document's language. */
    language?: string;
    /** @description Where the document can be read, if public. */
    publicUrl?: string;
    /**
     * Format: date-time
     * @description When the document was published, if known.
     */
    published?: string;
    title?: string;
  }
  /** @description A page of corpus documents. */
  export interface CorpusDocumentPage extends PageLinks {
    results: CorpusDocument[];
  }
  /** @description Where to upload a file, and the ID its document will have. */
  export interface CorpusFileUpload {
    /** @description The ID to list in a source's `upload.documentIds`. */
    documentId: string;
    /**
     * Format: uri
     * @description The signed URL to upload the file to; it expires after 5 minutes.
     */
    presignedUrl: string;
  }
  /** @description The body of Create Corpus File Upload. */
  export interface CorpusFileUploadRequest {
    /**
     * @description The file's name, kept with the document.
     * @default
     * @example handbook.pdf
     */
    fileName?: string;
    /**
     * @description The MIME type of the file you will upload.
     * @example application/pdf
     */
    mimeType: string;
  }
  /**
   * @description Which document types to keep; others found while loading are dropped.
   *     When unset, Ultravox keeps the types it knows to be useful.
   */
  export interface CorpusMimeTypeFilter {
    /** @description Drop documents of these types. */
    exclude?: CorpusMimeTypeSet;
    /** @description Keep only documents of these types. */
    include?: CorpusMimeTypeSet;
  }
  /** @description A set of MIME types. */
  export interface CorpusMimeTypeSet {
    /**
     * @example [
     *       "text/html",
     *       "application/pdf"
     *     ]
     */
    mimeTypes?: string[];
  }
  /** @description A page of corpora. */
  export interface CorpusPage extends PageLinks {
    results: Corpus[];
  }
  /** @description A chunk that matched a query. */
  export interface CorpusQueryResult {
    citation?: CorpusCitation;
    /** @description The chunk's text. */
    content?: string;
    /** @description How well the chunk matches; higher is better. */
    score?: number;
  }
  /** @description The body of Create Corpus and Update Corpus. Update changes only the fields given. */
  export interface CorpusRequest extends CorpusSettings {}
  /** @description The fields of a corpus that you set. */
  export interface CorpusSettings {
    /** @description What the corpus holds. */
    description?: string;
    /** @description The corpus's name. */
    name?: string;
  }
  /** @description Where a corpus's documents come from. */
  export interface CorpusSource extends CorpusSourceSettings {
    /** @description The corpus the source belongs to. */
    corpusId: string;
    /**
     * Format: date-time
     * @description When the source was created.
     */
    created: string;
    /** @description The source's unique ID. */
    sourceId: string;
    stats?: CorpusSourceStats;
  }
  /** @description A page of corpus sources. */
  export interface CorpusSourcePage extends PageLinks {
    results: CorpusSource[];
  }
  /** @description The fields of a corpus source that you set. A source is either a crawl or an upload. */
  export interface CorpusSourceSettings {
    advanced?: CorpusAdvancedSpec;
    crawl?: CorpusCrawlSpec;
    /** @description What the source holds. */
    description?: string;
    /**
     * @deprecated
     * @description Deprecated; use `crawl`. Ignored when `crawl` or `upload` is set.
     */
    loadSpec?: CorpusCrawlSpec;
    /** @description The source's name. */
    name?: string;
    upload?: CorpusUploadSpec;
  }
  /** @description The current state and size of a source. */
  export interface CorpusSourceStats {
    /**
     * Format: date-time
     * @description When the source last finished adding its contents to the corpus.
     */
    lastUpdated?: string;
    /** @description How many documents the source holds, loaded and derived. */
    numDocs?: number;
    status?: CorpusSourceStatus;
  }
  /**
   * @description Whether a source's documents are used by queries: `INITIALIZING`
   *     (loading for the first time), `READY`, or `UPDATING` (reloading).
   * @enum {string}
   */
  export type CorpusSourceStatus =
    | "SOURCE_STATUS_UNSPECIFIED"
    | "SOURCE_STATUS_INITIALIZING"
    | "SOURCE_STATUS_READY"
    | "SOURCE_STATUS_UPDATING";
  /** @description The current state and size of a corpus. */
  export interface CorpusStats {
    /**
     * Format: date-time
     * @description When the corpus's contents last changed.
     */
    lastUpdated?: string;
    /** @description How many chunks (the pieces of documents a query returns) the corpus holds. */
    numChunks?: number;
    /** @description How many documents the corpus holds. */
    numDocs?: number;
    /** @description How many search vectors the corpus holds; a chunk may have several. */
    numVectors?: number;
    status?: CorpusStatus;
  }
  /**
   * @description Whether a corpus can be queried: `EMPTY` (no documents yet),
   *     `INITIALIZING` (loading its first documents), `READY`, or `UPDATING`
   *     (queryable, but a source is reloading).
   * @enum {string}
   */
  export type CorpusStatus =
    | "CORPUS_STATUS_UNSPECIFIED"
    | "CORPUS_STATUS_EMPTY"
    | "CORPUS_STATUS_INITIALIZING"
    | "CORPUS_STATUS_READY"
    | "CORPUS_STATUS_UPDATING";
  /** @description Files uploaded with Create Corpus File Upload. */
  export interface CorpusUploadSpec {
    /** @description The `documentId`s of the uploaded files. */
    documentIds?: string[];
  }
  /**
   * @description The body of Create Agent Call: the template context plus the few call
   *     settings a call may override on its agent's template.
   */
  export interface CreateAgentCallRequest {
    callbacks?: CallCallbacks;
    /** @description Overrides the data connection (an extra websocket streaming data messages to your server). */
    dataConnection?: DataConnectionConfig;
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    };
    /** @description Overrides who opens the conversation. */
    firstSpeakerSettings?: FirstSpeakerSettings;
    /** @description Conversation history the call starts from. */
    initialMessages?: Message[];
    /** @description Overrides whether the agent starts by speaking or by sending text; the client may change it later. */
    initialOutputMedium?: MessageMedium;
    /** @description Overrides how long a client has to join. */
    joinTimeout?: Duration;
    /** @description Overrides the longest the call may last. */
    maxDuration?: Duration;
    /** @description Overrides the template's medium. */
    medium?: CallMedium;
    metadata?: CallMetadataInput;
    /** @description Overrides whether the call is recorded. */
    recordingEnabled?: boolean;
    /** @description Overrides what happens to the call's data once it ends. */
    retentionPolicy?: RetentionPolicy;
    sharedSecrets?: SharedSecrets;
    templateContext?: TemplateContext;
    toolOverrides?: ToolOverrides;
    /**
     * @description The ID or name of a voice to use instead of the template's, for an
     *     agent that speaks with different voices on different calls.
     * @example Mark
     */
    voice?: string;
    /** @description Settings that replace some of `voice`'s own; only together with `voice`. */
    voiceOverrides?: ExternalVoice;
  }
  /** @description The body of Create Agent. Every field is optional, as in Update Agent; give the agent a name to find it again. */
  export interface CreateAgentRequest extends UpdateAgentRequest {}
  /** @description The body of Create Call. */
  export interface CreateCallRequest extends CallDefinition {
    callbacks?: CallCallbacks;
    dataConnection?: DataConnectionConfig;
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    };
    /**
     * @deprecated
     * @description Who speaks first. Deprecated; use `firstSpeakerSettings`. If both are set they must agree.
     */
    firstSpeaker?: FirstSpeaker;
    /** @description Conversation history the call starts from. Not allowed together with `priorCallId`. */
    initialMessages?: Message[];
    initialState?: CallState;
    metadata?: CallMetadataInput;
    retentionPolicy?: RetentionPolicy;
    /** @description The tools the agent may use (in the call's first stage). */
    selectedTools?: SelectedTool[];
    sharedSecrets?: SharedSecrets;
    /**
     * @deprecated
     * @description Whether the call may go without a transcript.
     * @default true
     */
    transcriptOptional?: boolean;
  }
  /** @description The body of Create Corpus Source. Set exactly one of `crawl`, `upload` or `advanced` (or the deprecated `loadSpec`). */
  export type CreateCorpusSourceRequest = CorpusSourceSettings &
    (
      | {
          advanced?: never;
          crawl: unknown;
          loadSpec?: never;
          upload?: never;
        }
      | {
          advanced?: never;
          crawl?: never;
          loadSpec?: never;
          upload: unknown;
        }
      | {
          advanced?: never;
          crawl?: never;
          loadSpec: unknown;
          upload?: never;
        }
      | {
          advanced: unknown;
          crawl?: never;
          loadSpec?: never;
          upload?: never;
        }
    );
  /** @description The body of Create Plivo Configuration. */
  export interface CreatePlivoConfigRequest extends UpdatePlivoConfigRequest {
    /** @description Your Plivo Auth ID. */
    authId: string;
  }
  /** @description The body of Create Scheduled Call Batch. */
  export interface CreateScheduledCallBatchRequest extends UpdateScheduledCallBatchRequest {
    /** @description The calls to make, one entry per call. */
    calls: ScheduledCallRequest[];
  }
  /** @description The body of Create Telnyx Configuration. */
  export interface CreateTelnyxConfigRequest extends UpdateTelnyxConfigRequest {
    /** @description Your Telnyx Account SID. */
    accountSid: string;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid: string;
  }
  /** @description The body of Create Twilio Configuration. */
  export interface CreateTwilioConfigRequest extends UpdateTwilioConfigRequest {
    /** @description Your Twilio Account SID. */
    accountSid: string;
  }
  /** @description Call usage on one day. */
  export interface DailyCallUsage extends CallUsageTotals {
    /**
     * Format: date
     * @description The day.
     */
    date: string;
  }
  /** @description If set, the call's audio is also streamed over the data connection in this format. */
  export interface DataConnectionAudioConfig {
    /**
     * @description Whether user and agent audio arrive mixed into one channel or in
     *     separate channels (`UNSPECIFIED` leaves it to Ultravox).
     * @enum {string}
     */
    channelMode?: "CHANNEL_MODE_UNSPECIFIED" | "CHANNEL_MODE_MIXED" | "CHANNEL_MODE_SEPARATED";
    /** @description The audio sample rate in hertz. */
    sampleRate?: number;
  }
  /** @description An extra websocket that Ultravox opens to your server to stream data messages during the call. */
  export interface DataConnectionConfig {
    audioConfig?: DataConnectionAudioConfig;
    /** @description Which data messages Ultravox sends over the data connection. */
    dataMessages?: DataMessageSelection;
    /** @description Headers sent on the websocket handshake, for example a bearer token your server checks. */
    headers?: {
      [key: string]: string;
    };
    /**
     * Format: uri
     * @description The websocket URL Ultravox connects to.
     * @example wss://example.com/ultravox/data
     */
    websocketUrl?: string;
  }
  /** @description The tool runs on your server at the other end of the call's data connection. Such tools take body parameters only. */
  export type DataConnectionToolDetails = Record<string, never>;
  /** @description Which optional server-to-client data messages the connection receives. */
  export interface DataMessageSelection {
    callEvent?: boolean;
    callStarted?: boolean;
    clientToolInvocation?: boolean;
    dataConnectionToolInvocation?: boolean;
    debug?: boolean;
    /** @description A tool call has started (off unless enabled). */
    invokingTool?: boolean;
    playbackClearBuffer?: boolean;
    pong?: boolean;
    state?: boolean;
    toolUsed?: boolean;
    transcript?: boolean;
    userStartedSpeaking?: boolean;
    userStoppedSpeaking?: boolean;
  }
  /** @description A calendar date (`2025-06-01`) or an ISO 8601 date-time. */
  export type DateOrDateTime = string;
  /** @description What remains of a deleted call for billing. */
  export interface DeletedCall {
    /** Format: uuid */
    accountId: string;
    /** Format: uuid */
    callId: string;
    /** Format: date-time */
    created: string;
    /** Format: date-time */
    deletionTime: string;
    /** Format: date-time */
    ended?: string | null;
    endReason: EndReason | null;
    /** @description Whether the call had a summary before deletion. */
    hadSummary: boolean;
    /** Format: date-time */
    joined?: string | null;
    /** @default 3600s */
    maxDuration?: Duration;
    recordingEnabled: boolean;
  }
  /** @description A page of deleted calls. */
  export interface DeletedCallPage extends PageLinks {
    results: DeletedCall[];
  }
  /**
   * @description What happens to the keypad digits (DTMF) the caller presses. Without
   *     this setting the digits reach the agent as a user text message of just
   *     the digits, sent immediately; quick presses arrive together.
   */
  export interface DtmfHandling {
    /** @description Drop the digits entirely. */
    ignore?: boolean;
    userTextMessage?: DtmfUserTextMessage;
  }
  /** @description How the digits are passed to the agent as a user text message. */
  export interface DtmfUserTextMessage {
    /**
     * @description The message, with `{digits}` where the digits go. Empty means just the digits.
     * @example The caller pressed {digits}.
     */
    text?: string;
    /**
     * @description How soon the agent reacts to the message; unspecified means immediately.
     * @enum {string}
     */
    urgency?: "URGENCY_UNSPECIFIED" | "URGENCY_IMMEDIATE" | "URGENCY_SOON" | "URGENCY_LATER";
  }
  /**
   * @description A length of time in seconds with an `s` suffix, such as `30s` or `0.384s`.
   * @example 30s
   * @example 0.384s
   */
  export type Duration = string;
  /** @description A parameter the model sets when it calls the tool. */
  export interface DynamicParameter {
    location?: ParameterLocation;
    name?: string;
    /** @description Whether the model must set it. */
    required?: boolean;
    /** @description The JSON Schema of the value, typically with its type, description, enum values, format and other constraints. */
    schema?: {
      [key: string]: unknown;
    };
  }
  /** @description A reference to an ElevenLabs pronunciation dictionary. */
  export interface ElevenLabsPronunciationDictionary {
    dictionaryId?: string;
    versionId?: string;
  }
  /** @description A voice from ElevenLabs. */
  export interface ElevenLabsVoice {
    /** @description Have ElevenLabs read SSML tags in the text instead of speaking them. */
    enableSsmlParsing?: boolean;
    /** @description The highest sample rate your ElevenLabs plan allows, in hertz. */
    maxSampleRate?: number;
    /** @description The ElevenLabs model. */
    model?: string;
    /** @description ElevenLabs' latency optimisation level. */
    optimizeStreamingLatency?: number;
    /** @description ElevenLabs pronunciation dictionaries to apply. */
    pronunciationDictionaries?: ElevenLabsPronunciationDictionary[];
    similarityBoost?: number;
    /**
     * @description Speaking rate.
     * @default 1
     */
    speed?: number;
    stability?: number;
    style?: number;
    useSpeakerBoost?: boolean;
    /** @description The ElevenLabs voice ID. */
    voiceId?: string;
  }
  /**
   * @description What happens after an inactivity message: `UNSPECIFIED` keeps waiting,
   *     `HANG_UP_SOFT` ends the call unless the user speaks during the message,
   *     `HANG_UP_STRICT` ends it regardless.
   * @default END_BEHAVIOR_UNSPECIFIED
   * @enum {string}
   */
  export type EndBehavior =
    "END_BEHAVIOR_UNSPECIFIED" | "END_BEHAVIOR_HANG_UP_SOFT" | "END_BEHAVIOR_HANG_UP_STRICT";
  /**
   * @description Why a call ended: `unjoined` (no client ever joined), `hangup` (the
   *     client hung up), `agent_hangup` (the agent hung up), `timeout` (it hit
   *     `maxDuration`), `connection_error`, or `system_error`.
   * @enum {string}
   */
  export type EndReason =
    "unjoined" | "hangup" | "agent_hangup" | "timeout" | "connection_error" | "system_error";
  /**
   * @description An error answer. Most carry `detail`; validation errors may instead map
   *     each offending field to its messages. Other keys may appear.
   */
  export interface Error {
    /** @description What went wrong, for humans. */
    detail?: string;
    [key: string]: unknown;
  }
  /** @description Exotel Voicebot; give Exotel the join URL as the websocket target. */
  export interface ExotelMedium {
    dtmfHandling?: DtmfHandling;
  }
  /**
   * @description A voice served directly by a text-to-speech provider instead of an
   *     Ultravox voice. Set exactly one provider. Your account needs that
   *     provider's API key, and TTS errors are yours to handle.
   */
  export type ExternalVoice =
    | ExternalVoiceElevenLabs
    | ExternalVoiceCartesia
    | ExternalVoiceLmnt
    | ExternalVoiceGoogle
    | ExternalVoiceInworld
    | ExternalVoiceRespeecher
    | ExternalVoiceGeneric;
  /** A `ExternalVoice` that sets `elevenLabs`. */
  export interface ExternalVoiceElevenLabs {
    cartesia?: never;
    elevenLabs: ElevenLabsVoice;
    generic?: never;
    google?: never;
    inworld?: never;
    lmnt?: never;
    respeecher?: never;
  }
  /** A `ExternalVoice` that sets `cartesia`. */
  export interface ExternalVoiceCartesia {
    cartesia: CartesiaVoice;
    elevenLabs?: never;
    generic?: never;
    google?: never;
    inworld?: never;
    lmnt?: never;
    respeecher?: never;
  }
  /** A `ExternalVoice` that sets `lmnt`. */
  export interface ExternalVoiceLmnt {
    cartesia?: never;
    elevenLabs?: never;
    generic?: never;
    google?: never;
    inworld?: never;
    lmnt: LmntVoice;
    respeecher?: never;
  }
  /** A `ExternalVoice` that sets `google`. */
  export interface ExternalVoiceGoogle {
    cartesia?: never;
    elevenLabs?: never;
    generic?: never;
    google: GoogleVoice;
    inworld?: never;
    lmnt?: never;
    respeecher?: never;
  }
  /** A `ExternalVoice` that sets `inworld`. */
  export interface ExternalVoiceInworld {
    cartesia?: never;
    elevenLabs?: never;
    generic?: never;
    google?: never;
    inworld: InworldVoice;
    lmnt?: never;
    respeecher?: never;
  }
  /** A `ExternalVoice` that sets `respeecher`. */
  export interface ExternalVoiceRespeecher {
    cartesia?: never;
    elevenLabs?: never;
    generic?: never;
    google?: never;
    inworld?: never;
    lmnt?: never;
    respeecher: RespeecherVoice;
  }
  /** A `ExternalVoice` that sets `generic`. */
  export interface ExternalVoiceGeneric {
    cartesia?: never;
    elevenLabs?: never;
    generic: GenericVoice;
    google?: never;
    inworld?: never;
    lmnt?: never;
    respeecher?: never;
  }
  /**
   * @description Who speaks first.
   * @enum {string}
   */
  export type FirstSpeaker =
    "FIRST_SPEAKER_UNSPECIFIED" | "FIRST_SPEAKER_AGENT" | "FIRST_SPEAKER_USER";
  /** @description If the user stays silent for `delay`, the agent starts instead. */
  export interface FirstSpeakerFallback {
    /** @description How long to wait for the user. */
    delay?: Duration;
    /** @description An instruction the model follows to produce the greeting. */
    prompt?: string;
    /** @description What the agent says. Set this or `prompt`; with neither, the model generates a greeting. */
    text?: string;
  }
  /**
   * @description Who opens the conversation. Set exactly one of `user` or `agent`; the
   *     default is an interruptible agent greeting generated from the prompt.
   */
  export type FirstSpeakerSettings = FirstSpeakerSettingsUser | FirstSpeakerSettingsAgent;
  /** A `FirstSpeakerSettings` that sets `user`. */
  export interface FirstSpeakerSettingsUser {
    agent?: never;
    user: UserFirstSpeakerSettings;
  }
  /** A `FirstSpeakerSettings` that sets `agent`. */
  export interface FirstSpeakerSettingsAgent {
    agent: AgentFirstSpeakerSettings;
    user?: never;
  }
  /** @description Makes the agent say `content` and/or run tool calls. */
  export interface ForcedAgentMessage {
    /**
     * @description What the agent says.
     * @default
     */
    content?: string;
    /** @description Results to use instead of running the tool calls with the same `invocationId`. */
    knownToolResults?: KnownToolResult[];
    /**
     * @description The thread to act in; `UI` is the main conversation.
     * @default UI
     */
    threadId?: string;
    /** @description Tool calls the agent makes. */
    toolCalls?: ForcedToolCall[];
    /**
     * @description discriminator enum property added by openapi-typescript
     * @enum {string}
     */
    type: "forced_agent_message";
    /**
     * @description Whether the user is prevented from interrupting.
     * @default false
     */
    uninterruptible?: boolean;
    /**
     * @description `immediate` may interrupt the user or agent; `soon` waits for the next opportunity.
     * @default soon
     * @enum {string}
     */
    urgency?: "immediate" | "soon";
  }
  /** @description A tool call the agent is made to perform. */
  export interface ForcedToolCall {
    /** @description The tool call's arguments. */
    arguments?: {
      [key: string]: unknown;
    };
    /** @description The invocation ID; generated when omitted. */
    id?: string;
    /** @description The tool's model-facing name. */
    name?: string;
  }
  /** @description Any HTTP text-to-speech service that answers a request with audio. */
  export interface GenericVoice {
    /** @description The JSON request body; Ultravox fills in the text to speak. */
    body?: {
      [key: string]: unknown;
    };
    /** @description Headers sent with each request. */
    headers?: {
      [key: string]: string;
    };
    /** @description For JSON answers, the path of the field holding the audio. */
    jsonAudioFieldPath?: string;
    /**
     * @description For JSON answers, how the audio bytes are encoded; unspecified means base64.
     * @enum {string}
     */
    jsonByteEncoding?:
      "JSON_BYTE_ENCODING_UNSPECIFIED" | "JSON_BYTE_ENCODING_BASE64" | "JSON_BYTE_ENCODING_HEX";
    /** @description The MIME type of the returned audio. */
    responseMimeType?: string;
    /** @description The sample rate of the returned audio, in hertz. */
    responseSampleRate?: number;
    /** @description The service's approximate speaking rate, used to align transcripts. */
    responseWordsPerMinute?: number;
    /**
     * Format: uri
     * @description The endpoint Ultravox calls for each utterance.
     */
    url?: string;
  }
  /** @description A voice from Google Cloud Text-to-Speech. */
  export interface GoogleVoice {
    /** @description Speaking rate. */
    speakingRate?: number;
    /** @description The Google voice name. */
    voiceId?: string;
  }
  /** @description Ends the call after an optional farewell. */
  export interface HangUpMessage {
    /**
     * @description What the agent says before hanging up.
     * @default
     */
    message?: string;
    /**
     * @description discriminator enum property added by openapi-typescript
     * @enum {string}
     */
    type: "hang_up";
  }
  /** @description The key goes in a request header. */
  export interface HeaderApiKeyRequirement {
    /**
     * @description The header's name.
     * @example X-API-Key
     */
    name?: string;
  }
  /** @description Call usage in one hour of one day. */
  export interface HourlyCallUsage extends DailyCallUsage {
    /** @description The hour of `date`. */
    hour: number;
  }
  /** @description The key goes in the `Authorization` header under an HTTP authentication scheme. */
  export interface HttpAuthRequirement {
    /**
     * @description The scheme, such as `Bearer`.
     * @example Bearer
     */
    scheme?: string;
  }
  /** @description How Ultravox calls an HTTP tool. */
  export interface HttpToolDetails {
    /**
     * @description The URL, with `{name}` placeholders for path parameters.
     * @example https://api.example.com/stock/{symbol}
     */
    baseUrlPattern?: string;
    /**
     * @description The HTTP method.
     * @example POST
     */
    httpMethod?: string;
  }
  /** @description The multipart body that creates a tool from an OpenAPI file. */
  export interface ImportToolRequest {
    /** @description An OpenAPI document describing the tool, as JSON or YAML. */
    file: unknown;
  }
  /** @description A message the agent speaks after the user has been silent for `duration`. */
  export interface InactivityMessage {
    /** @description Silence before this message, counted from the previous message. */
    duration: Duration;
    endBehavior?: EndBehavior;
    /** @description What the agent says. */
    message: string;
  }
  /** @description A voice from Inworld. */
  export interface InworldVoice {
    applyTextNormalization?: boolean;
    /** @description The Inworld model. */
    modelId?: string;
    /** @description Inworld pronunciation dictionaries to apply, by resource name. */
    pronunciationDictionaryIds?: string[];
    /** @description Speaking rate. */
    speakingRate?: number;
    temperature?: number;
    /** @description The Inworld voice ID. */
    voiceId?: string;
  }
  /**
   * @description The value Ultravox fills an automatic parameter with:
   *     `KNOWN_PARAM_CALL_ID` the call's ID; `KNOWN_PARAM_CONVERSATION_HISTORY`
   *     the conversation so far (best sent in the body);
   *     `KNOWN_PARAM_CALL_STATE` the call state that tools have set;
   *     `KNOWN_PARAM_OUTPUT_SAMPLE_RATE` the call's output audio sample rate;
   *     `KNOWN_PARAM_CALL_STAGE_ID` the current stage's ID;
   *     `KNOWN_PARAM_CALL_METADATA` the call's metadata;
   *     `KNOWN_PARAM_THREAD_ID` and `KNOWN_PARAM_THREAD_STATES` the current
   *     thread's ID and the threads' states (not described further).
   * @enum {string}
   */
  export type KnownParamValue =
    | "KNOWN_PARAM_UNSPECIFIED"
    | "KNOWN_PARAM_CALL_ID"
    | "KNOWN_PARAM_CONVERSATION_HISTORY"
    | "KNOWN_PARAM_OUTPUT_SAMPLE_RATE"
    | "KNOWN_PARAM_CALL_STATE"
    | "KNOWN_PARAM_CALL_STAGE_ID"
    | "KNOWN_PARAM_THREAD_ID"
    | "KNOWN_PARAM_THREAD_STATES"
    | "KNOWN_PARAM_CALL_METADATA";
  /** @description A tool result supplied in advance. */
  export interface KnownToolResult {
    /** @example speaks */
    agentReaction?: string;
    invocationId?: string;
    /** @example tool-response */
    responseType?: string;
    result?: string;
  }
  /** @description A voice from LMNT. */
  export interface LmntVoice {
    conversational?: boolean;
    /** @description The LMNT model. */
    model?: string;
    /**
     * @description Speaking rate.
     * @default 1
     */
    speed?: number;
    /** @description The LMNT voice ID. */
    voiceId?: string;
  }
  /** @description A message of a call's conversation, or one to seed a new call with. */
  export interface Message {
    /** @description The stage the message belongs to. */
    callStageId?: string;
    /** @description The message's position within its stage. */
    callStageMessageIndex?: number;
    /** @description The new call state, when the message changed it. */
    callState?: CallState;
    /** @description For a failed tool call, debugging details that are not shown to the model. */
    errorDetails?: string;
    /** @description Pairs a tool call with its result. */
    invocationId?: string;
    medium?: MessageMedium;
    /** @description Free-form data attached to the message. */
    metadata?: {
      [key: string]: unknown;
    };
    role?: MessageRole;
    /** @description What was said for user and agent messages; the arguments of a tool call; the result of a tool result. */
    text?: string;
    /** @description When the message happened, measured on the input audio stream. */
    timespan?: Timespan;
    /** @description The tool of a tool call or result. */
    toolName?: string;
    /** @description When the message happened, in wall-clock terms. */
    wallClockTimespan?: Timespan;
  }
  /**
   * @description Whether a message was spoken or typed.
   * @enum {string}
   */
  export type MessageMedium =
    "MESSAGE_MEDIUM_UNSPECIFIED" | "MESSAGE_MEDIUM_VOICE" | "MESSAGE_MEDIUM_TEXT";
  /** @description A page of call messages. */
  export interface MessagePage extends PageLinks {
    results: Message[];
  }
  /**
   * @description Who produced a message.
   * @enum {string}
   */
  export type MessageRole =
    | "MESSAGE_ROLE_UNSPECIFIED"
    | "MESSAGE_ROLE_USER"
    | "MESSAGE_ROLE_AGENT"
    | "MESSAGE_ROLE_TOOL_CALL"
    | "MESSAGE_ROLE_TOOL_RESULT";
  /** @description A model calls can run on. */
  export interface Model {
    /**
     * @description The model's name, as a call's `model` takes it.
     * @example ultravox-v0.7
     */
    name: string;
  }
  /** @description A page of models. */
  export interface ModelPage extends PageLinks {
    results: Model[];
  }
  /** @description An OpenAPI document, as JSON. */
  export interface OpenApiDocument {
    [key: string]: unknown;
  }
  /** @description A phone call Ultravox places through your telephony provider account. */
  export interface OutgoingPhoneCall {
    /** @description Extra parameters passed to the provider's call-creation API. */
    additionalParams?: {
      [key: string]: unknown;
    };
    /**
     * @description The caller ID, one of your provider numbers.
     * @example +15559876543
     */
    from?: string;
    /**
     * @description The number to call.
     * @example +15551234567
     */
    to?: string;
  }
  /**
   * @description Who owns a tool or voice. `private` ones belong to your account; `public` ones are available to every account.
   * @enum {string}
   */
  export type Ownership = "public" | "private";
  /** @description The cursor links shared by every page of results. */
  export interface PageLinks {
    /**
     * @description URL of the next page, or null (sometimes an empty string) on the last page.
     * @example https://api.ultravox.ai/api/calls?cursor=cD0yMDI1LTA2LTAy
     */
    next?: string | null;
    /** @description URL of the previous page, or null on the first page. */
    previous?: string | null;
    /** @description The number of results across all pages, when the API reports it. Do not rely on it. */
    total?: number;
  }
  /**
   * @description Where a parameter goes in the tool request. Client and data-connection tools take body parameters only.
   * @enum {string}
   */
  export type ParameterLocation =
    | "PARAMETER_LOCATION_UNSPECIFIED"
    | "PARAMETER_LOCATION_QUERY"
    | "PARAMETER_LOCATION_PATH"
    | "PARAMETER_LOCATION_HEADER"
    | "PARAMETER_LOCATION_BODY";
  /** @description The account's Plivo configuration. The auth token is returned only as a prefix. */
  export interface PlivoConfig extends TelephonyCallCreationSettings {
    /** @description Your Plivo Auth ID. */
    authId: string;
    /** @description The start of your Plivo auth token. */
    authTokenPrefix: SecretPrefix;
  }
  /**
   * @description Plivo AudioStreams. Put the join URL in a bidirectional `<Stream>` of
   *     your Plivo XML, or set `outgoing` to have Ultravox place the call.
   */
  export interface PlivoMedium {
    dtmfHandling?: DtmfHandling;
    outgoing?: OutgoingPhoneCall;
  }
  /** @description The key goes in a query parameter. */
  export interface QueryApiKeyRequirement {
    /** @description The query parameter's name. */
    name?: string;
  }
  /** @description The body of Query Corpus. */
  export interface QueryCorpusRequest {
    /**
     * Format: int32
     * @description The most chunks to return.
     */
    maxResults?: number;
    /** @description The text to search for. */
    query?: string;
  }
  /** @description A voice from Respeecher. */
  export interface RespeecherVoice {
    /** @description Penalises tokens by how often they occurred; 0 to 2. */
    frequencyPenalty?: number;
    /** @description The lowest probability a token may have to be sampled; 0 to 1. */
    minP?: number;
    /**
     * @description The Respeecher model path, such as `/v1/public/tts/en-rt`. Unset, calls
     *     whose language hint is English use `/v1/public/tts/en-rt` and others
     *     `/v1/public/tts/ua-rt`.
     * @example /v1/public/tts/en-rt
     */
    model?: string;
    /** @description Penalises tokens already present; 0 to 2. */
    presencePenalty?: number;
    /** @description Penalises repeated tokens; 1 to 2. */
    repetitionPenalty?: number;
    /** @description A random seed, for repeatable output. */
    seed?: number;
    /** @description Sampling randomness; higher gives more varied speech. At least 0. */
    temperature?: number;
    /** @description Sample only from the K likeliest tokens; -1 or a positive number. */
    topK?: number;
    /** @description Sample only from tokens within this cumulative probability; above 0, at most 1. */
    topP?: number;
    /** @description The Respeecher voice ID. */
    voiceId?: string;
  }
  /**
   * @description What happens to a call's data once it ends: `RETAIN` keeps it,
   *     `AUTO_DELETE` deletes it after billing (as Delete Call would),
   *     `UNSPECIFIED` leaves it to the account's default.
   * @enum {string}
   */
  export type RetentionPolicy =
    | "CALL_RETENTION_POLICY_UNSPECIFIED"
    | "CALL_RETENTION_POLICY_RETAIN"
    | "CALL_RETENTION_POLICY_AUTO_DELETE";
  /** @description One call of a batch and where it stands. */
  export interface ScheduledCall extends ScheduledCallSettings {
    /**
     * Format: uuid
     * @description The batch the call belongs to.
     */
    batchId: string;
    /**
     * Format: uuid
     * @description The call created for it, or null until it is created.
     */
    callId: string | null;
    /** @description Why the call could not be made, if it failed. */
    error: string | null;
    status: ScheduledCallStatus;
  }
  /** @description A batch of calls created from an agent within a time window, with its progress. */
  export interface ScheduledCallBatch extends ScheduledCallBatchSettings {
    /**
     * Format: uuid
     * @description The batch's unique ID.
     */
    batchId: string;
    /** @description How many of the batch's calls are done (created or failed). */
    completedCount: number;
    /**
     * Format: date-time
     * @description When the batch was created.
     */
    created: string;
    /**
     * Format: date-time
     * @description When the batch finished, or null while it runs.
     */
    endedAt: string | null;
    /** @description How many calls the batch holds. */
    totalCount: number;
  }
  /** @description A page of scheduled call batches. */
  export interface ScheduledCallBatchPage extends PageLinks {
    results: ScheduledCallBatch[];
  }
  /** @description The settings of a scheduled call batch that a client chooses. */
  export interface ScheduledCallBatchSettings {
    /** @description Whether the batch is paused. Paused batches cannot currently be resumed. */
    paused?: boolean;
    /** @description The name or ID of a call throttle whose rate limits the batch's calls obey. */
    throttle?: string | null;
    /** @description The secret that signs requests to `webhookUrl`. Generated when unset; the API returns it. */
    webhookSecret?: string | null;
    /**
     * Format: uri
     * @description Where Ultravox POSTs each created call that has no `outgoing`
     *     medium, so your server can connect it. Required when any call has
     *     such a medium, and not allowed otherwise.
     */
    webhookUrl?: string | null;
    /**
     * Format: date-time
     * @description The latest time calls may start. Unset means until every call is
     *     made; otherwise calls still waiting at the end become `EXPIRED`.
     */
    windowEnd?: string | null;
    /**
     * Format: date-time
     * @description The earliest time calls may start. Unset means at once.
     */
    windowStart?: string | null;
  }
  /** @description A page of scheduled calls. */
  export interface ScheduledCallPage extends PageLinks {
    results: ScheduledCall[];
  }
  /** @description One call to schedule in a batch. */
  export type ScheduledCallRequest = ScheduledCallSettings & {
    metadata?: CallMetadataInput | null;
  };
  /** @description What one call of a batch is made with, on top of its agent's template. Each setting may be null, meaning unset. */
  export interface ScheduledCallSettings {
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    } | null;
    /**
     * @description How the call connects. With an `outgoing` phone medium (`sip`,
     *     `twilio`, `telnyx`, `plivo`) Ultravox places the call; any other
     *     medium needs the batch's `webhookUrl`.
     */
    medium?: CallMedium | null;
    metadata?: CallMetadata | null;
    templateContext?: TemplateContext | null;
  }
  /**
   * @description Where a scheduled call stands: `FUTURE` and `PENDING` (not made
   *     yet), `SUCCESS` (its call was created), `EXPIRED` (the window ended
   *     before it was made) or `ERROR` (it failed, for example because the
   *     webhook notification could not be delivered).
   * @enum {string}
   */
  export type ScheduledCallStatus = "FUTURE" | "PENDING" | "SUCCESS" | "EXPIRED" | "ERROR";
  /** @description The first characters of a stored secret, so you can tell which one is set. The full value is never returned. */
  export interface SecretPrefix {
    /** @description The secret's first characters. */
    prefix: string;
  }
  /**
   * @description Alternative ways to authenticate an HTTP tool's requests; a call must
   *     satisfy one of them. Generally the first one the call can satisfy is
   *     used, but an option with requirements is preferred over an empty one.
   */
  export interface SecurityOptions {
    options?: SecurityRequirements[];
  }
  /**
   * @description Where a credential goes on the tool's requests. Set exactly one of
   *     `queryApiKey`, `headerApiKey` or `httpAuth`.
   */
  export type SecurityRequirement =
    SecurityRequirementQueryApiKey | SecurityRequirementHeaderApiKey | SecurityRequirementHttpAuth;
  /** A `SecurityRequirement` that sets `queryApiKey`. */
  export interface SecurityRequirementQueryApiKey {
    headerApiKey?: never;
    httpAuth?: never;
    queryApiKey: QueryApiKeyRequirement;
  }
  /** A `SecurityRequirement` that sets `headerApiKey`. */
  export interface SecurityRequirementHeaderApiKey {
    headerApiKey: HeaderApiKeyRequirement;
    httpAuth?: never;
    queryApiKey?: never;
  }
  /** A `SecurityRequirement` that sets `httpAuth`. */
  export interface SecurityRequirementHttpAuth {
    headerApiKey?: never;
    httpAuth: HttpAuthRequirement;
    queryApiKey?: never;
  }
  /** @description One way to authenticate; every requirement in it must be met. */
  export interface SecurityRequirements {
    /**
     * @description Named credential requirements. Calls satisfy them with `authTokens`
     *     under the same names.
     */
    requirements?: {
      [key: string]: SecurityRequirement;
    };
    ultravoxCallTokenRequirement?: UltravoxCallTokenRequirement;
  }
  /**
   * @description A tool made available to a call: a durable tool by `toolId` or
   *     `toolName`, or a `temporaryTool` defined inline. Set exactly one of the three.
   */
  export type SelectedTool = SelectedToolToolId | SelectedToolToolName | SelectedToolTemporaryTool;
  /** A `SelectedTool` that sets `toolId`. */
  export interface SelectedToolToolId {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool?: never;
    /**
     * Format: uuid
     * @description The ID of a durable tool.
     */
    toolId: string;
    toolName?: never;
  }
  /** A `SelectedTool` that sets `toolName`. */
  export interface SelectedToolToolName {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool?: never;
    toolId?: never;
    /** @description The name of a durable tool; it must be unique. */
    toolName: string;
  }
  /** A `SelectedTool` that sets `temporaryTool`. */
  export interface SelectedToolTemporaryTool {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool: BaseToolDefinition;
    toolId?: never;
    toolName?: never;
  }
  /**
   * @description A plain websocket between your server and Ultravox, for
   *     server-to-server audio (not suited to browsers or phones directly).
   */
  export interface ServerWebSocketMedium {
    /**
     * @description The size of your playback buffer in milliseconds (default 60). Large
     *     buffers survive network jitter; handle `playback_clear_buffer`
     *     messages to keep interruptions quick.
     */
    clientBufferSizeMs?: number;
    dataMessages?: DataMessageSelection;
    /** @description The sample rate of the user audio you send, in hertz. */
    inputSampleRate: number;
    /**
     * @description End the call (as a connection error) when no audio has arrived from
     *     your server for this long, even though the socket stays up. Values
     *     under 10s count as 10s; 30s to 60s suits most servers.
     */
    mediaIdleTimeout?: Duration;
    /** @description The sample rate of the agent audio you receive, in hertz. Defaults to `inputSampleRate`. */
    outputSampleRate?: number;
  }
  /** @description The body of Set Telephony Credentials (deprecated). Providers left out are unchanged. */
  export interface SetTelephonyCredentialsRequest {
    /** @description Plivo settings to change; the API also accepts null here. */
    plivo?: UpdatePlivoConfigRequest | null;
    /** @description Telnyx settings to change; the API also accepts null here. */
    telnyx?: UpdateTelnyxConfigRequest | null;
    /** @description Twilio settings to change; the API also accepts null here. */
    twilio?: UpdateTwilioConfigRequest | null;
  }
  /** @description The body of Set TTS API Keys. Keys are write-only; only their prefixes are ever returned. */
  export interface SetTtsApiKeysRequest {}
  /**
   * @description Secrets (16 to 127 characters) used to sign the data connection's
   *     websocket handshake. Never returned by the API. A call's secrets
   *     replace its agent's.
   */
  export type SharedSecrets = string[];
  /** @description Lets incoming SIP calls reach one agent. */
  export interface SipAgentAllowance {
    /**
     * Format: uuid
     * @description The agent the matching calls are created for.
     */
    agentId: string;
    /** @description The pattern the user part of the call's To address must match for this agent; `^agent_<agentId>$` when unset. */
    toUserPattern?: string;
  }
  /** @description The account's SIP configuration for incoming SIP calls. */
  export interface SipConfig extends SipConfigSettings {
    /** @description The domain SIP INVITEs for the account are addressed to. */
    domain: string;
  }
  /** @description The fields of the account's SIP configuration that you set. */
  export interface SipConfigSettings {
    /**
     * @description Also accept calls addressed to `agent_<agentId>@…` for any of the account's agents.
     * @default false
     */
    allowAllAgents?: boolean;
    /** @description Incoming calls are accepted only when they match one of these allowances (or `allowAllAgents`). */
    allowedAgents?: SipAgentAllowance[];
    /** @description The IPv4 CIDR ranges incoming SIP calls are accepted from. */
    allowedCidrRanges?: string[];
    /** @description Where to ask about calls no allowance matches; null for none. */
    fallbackHandler?: SipFallbackHandler | null;
  }
  /**
   * @description An endpoint of yours asked what to do with an incoming SIP call that
   *     no agent allowance matches. It must answer promptly with status 200
   *     and a JSON object holding exactly one of `startAgentCall` (a Create
   *     Agent Call body plus `agentId`), `startCall` (a Create Call body) or
   *     `reject` (optionally with `sipRejectCode`, 603 by default).
   */
  export interface SipFallbackHandler {
    /** @description Secrets Ultravox signs its requests to the handler with. */
    secrets?: string[];
    /**
     * Format: uri
     * @description The URL Ultravox sends the incoming call's details to.
     * @example https://example.com/ultravox/sip-fallback
     */
    url: string;
  }
  /** @description A SIP call, either accepted from an incoming INVITE or placed by Ultravox. Set exactly one of `incoming` or `outgoing`. */
  export type SipMedium = SipMediumIncoming | SipMediumOutgoing;
  /** A `SipMedium` that sets `incoming`. */
  export interface SipMediumIncoming {
    /** @description The call answers an incoming SIP INVITE. */
    incoming?: Record<string, never>;
    outgoing?: never;
  }
  /** A `SipMedium` that sets `outgoing`. */
  export interface SipMediumOutgoing {
    incoming?: never;
    outgoing: SipOutgoing;
  }
  /** @description A SIP call Ultravox places. */
  export interface SipOutgoing {
    /** @description The caller shown to the callee. */
    from?: string;
    /**
     * @description The SIP URI to call.
     * @example sip:+15551234567@carrier.example.com
     */
    to?: string;
    /** @description The username for SIP digest authentication, if the trunk needs it. */
    username?: string;
  }
  /** @description A registration of the account with a SIP server. */
  export interface SipRegistration extends SipRegistrationSettings {
    /**
     * Format: date-time
     * @description When the registration was created.
     */
    created: string;
    /** @description The registration's unique ID. */
    registrationId: string;
    /** @description Whether the latest attempt to register succeeded, or null before the first. */
    successful: boolean | null;
  }
  /** @description A page of SIP registrations. */
  export interface SipRegistrationPage extends PageLinks {
    results: SipRegistration[];
  }
  /** @description The body of Create SIP Registration. */
  export interface SipRegistrationRequest extends SipRegistrationSettings {
    /** @description The SIP user to register as. */
    username: string;
    /** @description The SIP server to register with. */
    proxy: string;
  }
  /** @description The fields of a SIP registration that you set. */
  export interface SipRegistrationSettings {
    /** @description The user name to authenticate as, when it differs from `username`. Usually unset. */
    authUser?: string | null;
    /** @description A proxy to reach the SIP server through, for example to register as `user@trunk.example.com` via `proxy.trunk.example.com`. Usually unset. */
    outboundProxy?: string | null;
    /** @description The SIP server to register with. */
    proxy?: string;
    /** @description The SIP user to register as. */
    username?: string;
  }
  /**
   * @description How a SIP session ended: normally, or because the number was invalid,
   *     nobody answered in time, the destination was unavailable or busy, the
   *     caller cancelled, the callee rejected it, or for an unknown reason.
   * @enum {string}
   */
  export type SipTerminationReason =
    | "SIP_TERMINATION_NORMAL"
    | "SIP_TERMINATION_INVALID_NUMBER"
    | "SIP_TERMINATION_TIMEOUT"
    | "SIP_TERMINATION_DESTINATION_UNAVAILABLE"
    | "SIP_TERMINATION_BUSY"
    | "SIP_TERMINATION_CANCELED"
    | "SIP_TERMINATION_REJECTED"
    | "SIP_TERMINATION_UNKNOWN";
  /** @description A parameter sent with a fixed value on every call of the tool. */
  export interface StaticParameter {
    location?: ParameterLocation;
    name?: string;
    /** @description The value (any JSON value). */
    value?: unknown;
  }
  /** @description A fixed answer the model gets at once, without waiting for the tool's own answer. */
  export interface StaticToolResponse {
    /** @description The answer's text. */
    responseText?: string;
  }
  /** @description Which agents a telephony provider may create incoming calls for, and how its requests fill the template context. */
  export interface TelephonyCallCreationSettings {
    /**
     * @description Whether the provider may create calls for every agent, not only `callCreationAllowedAgentIds`.
     * @default false
     */
    callCreationAllowAllAgents?: boolean;
    /**
     * @description The agents the provider may create calls for directly (for incoming
     *     calls). Not allowed when `callCreationAllowAllAgents` is true.
     */
    callCreationAllowedAgentIds?: string[];
    /**
     * @description For incoming calls: maps fields of the provider's request to fields
     *     of the template context, both as dot-separated paths.
     */
    requestContextMapping?: {
      [key: string]: string;
    };
  }
  /** @description The account's telephony provider configurations, by provider (deprecated endpoint); null for a provider not configured. */
  export interface TelephonyCredentials {
    plivo?: PlivoConfig | null;
    telnyx?: TelnyxConfig | null;
    twilio?: TwilioConfig | null;
  }
  /** @description The account's Telnyx configuration. The keys are returned only as prefixes. */
  export interface TelnyxConfig extends TelephonyCallCreationSettings {
    /** @description Your Telnyx Account SID. */
    accountSid: string;
    /** @description The start of your Telnyx API key. */
    apiKeyPrefix: SecretPrefix;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid: string;
    /** @description The start of your Telnyx public key. */
    publicKeyPrefix: SecretPrefix;
  }
  /**
   * @description Telnyx media streaming. Put the join URL in your TexML
   *     (`<Connect><Stream url="..." bidirectionalMode="rtp"/></Connect>`), or
   *     set `outgoing` to have Ultravox place the call.
   */
  export interface TelnyxMedium {
    dtmfHandling?: DtmfHandling;
    outgoing?: OutgoingPhoneCall;
  }
  /**
   * @description Values for the `{{variables}}` in an agent's call template, keyed by
   *     variable name. Must match the template's `contextSchema`.
   */
  export interface TemplateContext {
    [key: string]: unknown;
  }
  /** @description A start and end offset. */
  export interface Timespan {
    /**
     * @description The end offset.
     * @example 2.185s
     */
    end?: Duration;
    /**
     * @description The start offset.
     * @example 0.348s
     */
    start?: Duration;
  }
  /** @description A durable tool that calls and agents select by `toolId` or `toolName`. */
  export interface Tool extends ToolSettings {
    /**
     * Format: date-time
     * @description When the tool was created.
     */
    created: string;
    ownership: Ownership;
    /**
     * Format: uuid
     * @description The tool's unique ID.
     */
    toolId: string;
    /** @description The tool's name, used to select it by `toolName`. */
    name: string;
    definition: BaseToolDefinition;
  }
  /** @description A call that used the tool. */
  export interface ToolHistoryEntry {
    call: Call;
    /** @description The errors counted for the tool in this call. */
    errorCount: number;
  }
  /** @description A page of the calls that used a tool. */
  export interface ToolHistoryPage extends PageLinks {
    results: ToolHistoryEntry[];
  }
  /**
   * @description Changes to the agent's tools for one call: `remove` (or `removeAll`)
   *     applies first, then `add`. Set at most one of `remove` and `removeAll`.
   */
  export type ToolOverrides = ToolOverridesRemove | ToolOverridesRemoveAll;
  /** A `ToolOverrides` that sets `remove`. */
  export interface ToolOverridesRemove {
    /** @description Tools to add to the call. */
    add?: SelectedTool[];
    /** @description Tools to take away, by their model-facing name (`nameOverride`, else `modelToolName`). */
    remove?: string[];
    removeAll?: never;
  }
  /** A `ToolOverrides` that sets `removeAll`. */
  export interface ToolOverridesRemoveAll {
    /** @description Tools to add to the call. */
    add?: SelectedTool[];
    remove?: never;
    /** @description Take away every tool of the agent. */
    removeAll: boolean;
  }
  /** @description A page of tools. */
  export interface ToolPage extends PageLinks {
    results: Tool[];
  }
  /** @description The body of Create Tool and Update Tool; both take the complete tool. */
  export interface ToolRequest extends ToolSettings {
    /** @description The tool's name, used to select it by `toolName`. */
    name: string;
    definition: BaseToolDefinition;
  }
  /** @description What a call must provide to use the tool. */
  export interface ToolRequirements {
    httpSecurityOptions?: SecurityOptions;
    /** @description Dynamic parameters every call must override. */
    requiredParameterOverrides?: string[];
  }
  /** @description The fields of a durable tool that you set. */
  export interface ToolSettings {
    definition?: BaseToolDefinition;
    /** @description The tool's name, used to select it by `toolName`. */
    name?: string;
  }
  /** @description The text-to-speech provider keys set on the account, as prefixes. Providers without a key are left out. */
  export interface TtsApiKeys {
    cartesia?: SecretPrefix;
    elevenLabs?: SecretPrefix;
    google?: SecretPrefix;
    inworld?: SecretPrefix;
    lmnt?: SecretPrefix;
    respeecher?: SecretPrefix;
  }
  /** @description The account's Twilio configuration. The auth token is returned only as a prefix. */
  export interface TwilioConfig extends TelephonyCallCreationSettings {
    /** @description Your Twilio Account SID. */
    accountSid: string;
    /** @description The start of your Twilio auth token. */
    authTokenPrefix: SecretPrefix;
  }
  /**
   * @description Twilio Media Streams. Put the join URL in your TwiML
   *     (`<Connect><Stream url="..."/></Connect>`), or set `outgoing` to have
   *     Ultravox place the call.
   */
  export interface TwilioMedium {
    dtmfHandling?: DtmfHandling;
    outgoing?: OutgoingPhoneCall;
  }
  /** @description Requires an Ultravox call token with these scopes. */
  export interface UltravoxCallTokenRequirement {
    scopes?: string[];
  }
  /** @description The body of Update Agent. Every field is optional; fields left out keep their values. */
  export interface UpdateAgentRequest {
    /** @description The settings the agent's calls start from; null removes them. */
    callTemplate?: CallTemplate | null;
    /** @description The agent's name. */
    name?: string;
  }
  /** @description The body of Patch Call Throttle. Every field is optional. */
  export interface UpdateCallThrottleRequest extends CallThrottleSettings {}
  /** @description The body of Update Corpus Source. Changes only the fields given; a source stays one kind, so set at most one of `crawl`, `upload`, `advanced` or `loadSpec`. */
  export type UpdateCorpusSourceRequest = CorpusSourceSettings &
    (
      | {
          advanced?: never;
          crawl?: unknown;
          loadSpec?: never;
          upload?: never;
        }
      | {
          advanced?: never;
          crawl?: never;
          loadSpec?: never;
          upload: unknown;
        }
      | {
          advanced?: never;
          crawl?: never;
          loadSpec: unknown;
          upload?: never;
        }
      | {
          advanced: unknown;
          crawl?: never;
          loadSpec?: never;
          upload?: never;
        }
    );
  /** @description Plivo settings to change. Every field is optional. */
  export interface UpdatePlivoConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Plivo Auth ID. */
    authId?: string;
  }
  /** @description The body of Update Scheduled Call Batch. Every field is optional. */
  export interface UpdateScheduledCallBatchRequest extends ScheduledCallBatchSettings {
    /** @description The calls to make, one entry per call. */
    calls?: ScheduledCallRequest[];
  }
  /** @description The body of Update Account SIP Configuration. Every field is optional. */
  export interface UpdateSipConfigRequest extends SipConfigSettings {}
  /** @description The body of Update SIP Registration. Every field is optional. */
  export interface UpdateSipRegistrationRequest extends SipRegistrationSettings {}
  /** @description Telnyx settings to change. Every field is optional. */
  export interface UpdateTelnyxConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Telnyx Account SID. */
    accountSid?: string;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid?: string;
  }
  /** @description Twilio settings to change. Every field is optional. */
  export interface UpdateTwilioConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Twilio Account SID. */
    accountSid?: string;
  }
  /** @description The body of Update Voice. Changes only the fields given. */
  export interface UpdateVoiceRequest extends VoiceSettings {}
  /** @description The body of Update Webhook. Changes only the fields given. */
  export interface UpdateWebhookRequest extends WebhookSettings {}
  /** @description The user speaks first. */
  export interface UserFirstSpeakerSettings {
    fallback?: FirstSpeakerFallback;
  }
  /** @description A typed message that reaches the agent as if the user said it. */
  export interface UserTextMessage {
    /** @description The message. */
    text: string;
    /**
     * @description The thread to send to; `UI` is the main conversation.
     * @default UI
     */
    threadId?: string;
    /**
     * @description discriminator enum property added by openapi-typescript
     * @enum {string}
     */
    type: "user_text_message";
    /**
     * @description `immediate` interrupts the agent and answers at once, `soon` answers
     *     at the next opportunity, `later` waits for the next natural turn.
     * @default soon
     * @enum {string}
     */
    urgency?: "immediate" | "soon" | "later";
  }
  /** @description Voice activity detection settings that control turn-taking. */
  export interface VadSettings {
    /**
     * @description The probability above which a 32ms audio frame counts as speech.
     * @default 0.1
     */
    frameActivationThreshold?: number;
    /**
     * @description The shortest user speech that interrupts the agent (default 0.09s);
     *     ignored when below `minimumTurnDuration`.
     */
    minimumInterruptionDuration?: Duration;
    /** @description The shortest user speech that counts as a turn (default 0s). */
    minimumTurnDuration?: Duration;
    /**
     * @description How long the agent waits after the user seems done before answering
     *     (default 0.384s). Only multiples of 32ms matter.
     */
    turnEndpointDelay?: Duration;
  }
  /** @description A voice the agent can speak with. */
  export interface Voice extends VoiceSettings {
    billingStyle: VoiceBillingStyle;
    /** @description The primary language for display, with its flag, such as `🇺🇸 English (United States)`; null when unknown. */
    languageLabel: string | null;
    ownership: Ownership;
    /**
     * Format: uri
     * @description Where to hear a sample of the voice.
     */
    previewUrl: string;
    /** @description The text-to-speech provider behind the voice, or null if none is named. */
    provider: string | null;
    /**
     * Format: uuid
     * @description The voice's unique ID; pass it as a call's `voice`.
     */
    voiceId: string;
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name: string;
  }
  /**
   * @description How a voice is paid for: `INCLUDED` costs nothing beyond the call;
   *     `EXTERNAL` needs your own API key for its provider, who bills you
   *     directly.
   * @enum {string}
   */
  export type VoiceBillingStyle = "VOICE_BILLING_STYLE_INCLUDED" | "VOICE_BILLING_STYLE_EXTERNAL";
  /** @description A page of voices. */
  export interface VoicePage extends PageLinks {
    results: Voice[];
  }
  /**
   * @description A voice from an external provider: the JSON body of Create Voice,
   *     Replace Voice and Preview Voice.
   */
  export interface VoiceRequest extends VoiceSettings {
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name: string;
    /** @description For a voice from your own text-to-speech provider, how to reach it. */
    definition: ExternalVoice;
  }
  /** @description The fields of a voice that you set. */
  export interface VoiceSettings {
    /** @description For a voice from your own text-to-speech provider, how to reach it. */
    definition?: ExternalVoice;
    /** @description What the voice sounds like. */
    description?: string | null;
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name?: string;
    /**
     * @description The BCP 47 code of the language the voice is mainly for.
     * @example en-US
     */
    primaryLanguage?: string | null;
  }
  /** @description A subscription that POSTs call events to a URL. */
  export interface Webhook extends WebhookSettings {
    /**
     * Format: date-time
     * @description When the webhook was created.
     */
    created: string;
    /**
     * Format: date-time
     * @description When `status` last changed.
     */
    lastStatusChange: string | null;
    /** @description Recent failed deliveries, if any. */
    recentFailures: WebhookFailure[];
    status: WebhookStatus;
    /**
     * Format: uuid
     * @description The webhook's unique ID.
     */
    webhookId: string;
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url: string;
    /** @description The events to send. */
    events: WebhookEventName[];
  }
  /**
   * @description A call event a webhook can subscribe to: `call.started` (the call was
   *     created), `call.joined` (a client connected), `call.ended` (the call
   *     ended, joined or not), `call.billed` (billing is final).
   * @enum {string}
   */
  export type WebhookEventName = "call.started" | "call.joined" | "call.ended" | "call.billed";
  /** @description A failed delivery. */
  export interface WebhookFailure {
    /** @description What went wrong. */
    failure: string;
    /**
     * Format: date-time
     * @description When the delivery failed.
     */
    timestamp: string;
  }
  /** @description A page of webhooks. */
  export interface WebhookPage extends PageLinks {
    results: Webhook[];
  }
  /** @description The body of Create Webhook and Replace Webhook. */
  export interface WebhookRequest extends WebhookSettings {
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url: string;
    /** @description The events to send. */
    events: WebhookEventName[];
  }
  /** @description The fields of a webhook that you set. */
  export interface WebhookSettings {
    /**
     * Format: uuid
     * @description If set, only events of calls created from this agent are sent.
     */
    agentId?: string | null;
    /** @description The events to send. */
    events?: WebhookEventName[];
    /**
     * @description Keys that sign deliveries: `X-Ultravox-Webhook-Signature` carries a
     *     signature per secret, so list the old and the new secret while
     *     rotating. When none is given on creation, Ultravox generates one.
     */
    secrets?: string[];
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url?: string;
  }
  /**
   * @description Whether deliveries to the webhook are succeeding (`normal`) or failing (`unhealthy`).
   * @enum {string}
   */
  export type WebhookStatus = "normal" | "unhealthy";
  /** @description WebRTC through the Ultravox client SDK (the default). */
  export interface WebRtcMedium {
    dataMessages?: DataMessageSelection;
  }
}

/** Every schema as a request sends it: read-only fields cannot be set, write-only fields can, arrays may be readonly. */
export namespace requestSchemas {
  /** @description The account behind the API key. */
  export interface Account {
    /**
     * Format: uuid
     * @description The account's unique ID.
     */
    accountId?: never;
    /** @description How many of the account's calls are active now. */
    activeCalls?: never;
    /** @description The most calls the account may have active at once. */
    allowedConcurrentCalls?: never;
    /** @description The account's allowance of corpora. */
    allowedCorpora?: never;
    /** @description The account's allowance of voices. */
    allowedVoices?: never;
    /** @description A link for managing the account's paid subscription. */
    billingUrl?: never;
    /**
     * @description How much free call time is left. It can grow again when a call ends
     *     before its `maxDuration` or an unjoined call times out.
     */
    freeTimeRemaining?: never;
    /** @description How much free call time earlier and ongoing calls have used. */
    freeTimeUsed?: never;
    /** @description Whether the account has an active subscription. */
    hasActiveSubscription?: never;
    /** @description The account's name. */
    name?: never;
    /** @description How often the subscription is billed. */
    subscriptionCadence?: never;
    /**
     * Format: date-time
     * @description When the current subscription expires, if it does; access ends then unless credit remains.
     */
    subscriptionExpiration?: never;
    /**
     * Format: date-time
     * @description When the subscription renews, if it does.
     */
    subscriptionRenewal?: never;
    /**
     * Format: date-time
     * @description When a scheduled change of the subscription takes effect, if one is scheduled.
     */
    subscriptionScheduledUpdate?: never;
    /** @description The current subscription tier. */
    subscriptionTier?: never;
  }
  /** @description A named call template that calls can be created from. */
  export interface Agent {
    /**
     * Format: uuid
     * @description The agent's unique ID.
     */
    agentId?: never;
    /** @description The settings the agent's calls start from, or null if it has none. */
    callTemplate: CallTemplate | null;
    /**
     * Format: date-time
     * @description When the agent was created.
     */
    created?: never;
    /** @description The agent's name. */
    name: string;
    /**
     * Format: uuid
     * @description The revision of the agent that new calls use, or null if none is published.
     */
    publishedRevisionId?: never;
    statistics?: never;
  }
  /** @description The agent speaks first. */
  export type AgentFirstSpeakerSettings = schemas.AgentFirstSpeakerSettings;
  /** @description A page of agents. */
  export interface AgentPage extends PageLinks {
    results: readonly Agent[];
  }
  /**
   * @description What the agent does after the tool answers: `SPEAKS` responds, `LISTENS`
   *     waits for the user, `SPEAKS_ONCE` responds once. A tool may override it
   *     with the `X-Ultravox-Agent-Reaction` header.
   * @enum {string}
   */
  export type AgentReaction = schemas.AgentReaction;
  /** @description Counts about an agent's use. */
  export interface AgentStatistics {
    /**
     * @description How many calls were created from the agent.
     * @default 0
     */
    calls?: never;
  }
  /** @description A parameter Ultravox fills in from the call. */
  export type AutomaticParameter = schemas.AutomaticParameter;
  /**
   * @description What a tool is and how it runs: the definition of a durable tool
   *     (Create Tool) and of a call's `temporaryTool`. Set exactly one
   *     implementation: `http`, `client` or `dataConnection`.
   */
  export type BaseToolDefinition =
    BaseToolDefinitionHttp | BaseToolDefinitionClient | BaseToolDefinitionDataConnection;
  /** A `BaseToolDefinition` that sets `http`. */
  export interface BaseToolDefinitionHttp {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: readonly AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: readonly DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: readonly StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client?: "client: set only one of http, client, dataConnection";
    dataConnection?: "dataConnection: set only one of http, client, dataConnection";
    http?: HttpToolDetails;
  }
  /** A `BaseToolDefinition` that sets `client`. */
  export interface BaseToolDefinitionClient {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: readonly AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: readonly DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: readonly StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client: ClientToolDetails;
    dataConnection?: "dataConnection: set only one of http, client, dataConnection";
    http?: "http: set only one of http, client, dataConnection";
  }
  /** A `BaseToolDefinition` that sets `dataConnection`. */
  export interface BaseToolDefinitionDataConnection {
    /** @description Parameters Ultravox fills in, such as the call ID. */
    automaticParameters?: readonly AutomaticParameter[];
    defaultReaction?: AgentReaction;
    /** @description What the tool does, for the model. */
    description?: string;
    /** @description Parameters the model fills in. */
    dynamicParameters?: readonly DynamicParameter[];
    /** @description The tool's name as the model sees it. */
    modelToolName?: string;
    /**
     * @description The tool never changes anything and gives the same answer when
     *     repeated, so Ultravox may run it speculatively to cut latency. Such
     *     runs may be missing from the call history when their result goes unused.
     */
    precomputable?: boolean;
    requirements?: ToolRequirements;
    /** @description Parameters always sent with a fixed value, hidden from the model. */
    staticParameters?: readonly StaticParameter[];
    staticResponse?: StaticToolResponse;
    /**
     * @description The longest the tool may run. The conversation pauses meanwhile:
     *     keep the default unless the tool cannot be made faster, and then
     *     keep this as low as possible.
     */
    timeout?: Duration;
    client?: "client: set only one of http, client, dataConnection";
    dataConnection: DataConnectionToolDetails;
    http?: "http: set only one of http, client, dataConnection";
  }
  /**
   * @description How the call is billed. `PENDING`: not yet billed (ongoing calls; calls
   *     before 2025-05-28 may keep it). `FREE_CONSOLE`: started in the Ultravox
   *     console. `FREE_ZERO_EFFECTIVE_DURATION`: nothing to bill. `FREE_MINUTES`:
   *     counted against free minutes. `FREE_SYSTEM_ERROR`: ended by a system
   *     error. `FREE_OTHER`: free for another reason. `BILLED`: see
   *     `billedDuration`. `REFUNDED`: billed, then refunded. `UNSPECIFIED`:
   *     unexpected; contact support. SIP legs may be billed even when the call
   *     is free.
   * @enum {string}
   */
  export type BillingStatus = schemas.BillingStatus;
  /** @description A call, as Get Call, List Calls and webhooks return it. */
  export interface Call extends CallDefinition {
    /** @description The agent the call was created from, if any. */
    agent?: never;
    /** @description The ID of the agent the call was created from, if any. */
    agentId?: never;
    /** @description The duration that was billed, once billing is final. */
    billedDuration?: never;
    /** @description Input tokens billed for side generations (for example threads). */
    billedSideInputTokens?: never;
    /** @description Output tokens billed for side generations. */
    billedSideOutputTokens?: never;
    billingStatus?: never;
    callbacks?: CallCallbacks;
    /**
     * Format: uuid
     * @description The call's unique ID.
     */
    callId?: never;
    /** @description The version string of the client that joined the call. */
    clientVersion?: never;
    /**
     * Format: date-time
     * @description When the call was created.
     */
    created?: never;
    dataConnectionConfig?: DataConnectionConfig;
    /**
     * Format: date-time
     * @description When the call ended, or null while it is live.
     */
    ended?: never;
    /** @description Why the call ended, or null while it is live. */
    endReason?: never;
    /**
     * @description How many errors happened during the call. Older answers carry it; the published schema no longer lists it.
     * @default 0
     */
    errorCount?: never;
    /** @description Experimental settings the call ran with. */
    experimentalSettings: unknown;
    /**
     * @deprecated
     * @description Who was meant to speak first. Deprecated; read `firstSpeakerSettings`.
     * @enum {string}
     */
    firstSpeaker?: never;
    /** @description The greeting settings the call used (always present on a call). */
    firstSpeakerSettings: FirstSpeakerSettings;
    /**
     * @description The medium the agent started with (always present on a call, never unspecified).
     * @enum {unknown}
     */
    initialOutputMedium: MessageMedium;
    initialState?: CallState;
    /**
     * Format: date-time
     * @description When a client joined, or null if none has.
     */
    joined?: never;
    /** @description The URL a client connects to in order to join the call. */
    joinUrl?: never;
    metadata: CallMetadata;
    /** @description Context captured from the request that created the call (for example an incoming telephony request). */
    requestContext?: never;
    /** @description What happens to the call's data once it ends; null when the account's default applies. */
    retentionPolicy?: CallRetentionPolicy | null;
    /** @description A one-sentence summary, once the call has ended. */
    shortSummary?: never;
    /** @description SIP billing details, for calls that used the `sip` medium. */
    sipDetails?: never;
    /** @description A longer summary, once the call has ended. */
    summary?: never;
    /**
     * @deprecated
     * @description Whether the call may go without a transcript.
     * @default true
     */
    transcriptOptional?: boolean;
  }
  /** @description The agent a call was created from. */
  export type CallAgentReference = schemas.CallAgentReference;
  /**
   * @description The body of a `call.billed` webhook.
   * @example {
   *       "event": "call.billed",
   *       "call": {
   *         "callId": "8f6a3c0e-2f4b-4f7e-9a51-3e1f0c9d2b7a",
   *         "clientVersion": "phone(api_v0)",
   *         "created": "2025-03-22T15:48:32.997086Z",
   *         "joined": "2025-03-22T15:48:33.841005Z",
   *         "ended": "2025-03-22T15:48:59.655926Z",
   *         "endReason": "hangup",
   *         "billedDuration": "26s",
   *         "billingStatus": "BILLING_STATUS_BILLED",
   *         "firstSpeaker": "FIRST_SPEAKER_AGENT",
   *         "firstSpeakerSettings": {
   *           "agent": {}
   *         },
   *         "initialOutputMedium": "MESSAGE_MEDIUM_VOICE",
   *         "joinUrl": null,
   *         "medium": {
   *           "plivo": {}
   *         },
   *         "systemPrompt": "You are a friendly scheduling assistant for a dental clinic.",
   *         "voice": "Mark",
   *         "errorCount": 0,
   *         "shortSummary": "The caller booked a cleaning for Tuesday at 10am.",
   *         "summary": "The caller asked for the earliest cleaning slot and accepted Tuesday at 10am.",
   *         "experimentalSettings": null,
   *         "metadata": {
   *           "customer": "1234"
   *         }
   *       }
   *     }
   */
  export interface CallBilledEvent {
    call: Call;
    /** @constant */
    event: "call.billed";
  }
  /** @description One callback of a call. */
  export interface CallCallback {
    /** @description Secrets that sign the request, as a webhook's secrets do. */
    secrets?: readonly string[];
    /**
     * Format: uri
     * @description The URL Ultravox sends the request to.
     * @example https://example.com/ultravox/call-ended
     */
    url?: string;
  }
  /** @description URLs Ultravox calls when this call reaches a stage of its life, like webhooks scoped to one call. */
  export interface CallCallbacks {
    /** @description Called when the call has been billed. */
    billed?: CallCallback;
    /** @description Called when the call ends. */
    ended?: CallCallback;
    /** @description Called when a client joins the call. */
    joined?: CallCallback;
  }
  /** @description A data message for a live call. The REST API accepts these three types. */
  export type CallDataMessage = ForcedAgentMessage | HangUpMessage | UserTextMessage;
  /**
   * @description The settings that shape a call: the per-stage settings plus the
   *     connection, timing, recording, greeting and turn-taking settings.
   *     Create Call requests, agent call templates and Call objects all build on it.
   */
  export interface CallDefinition extends CallStageSettings {
    firstSpeakerSettings?: FirstSpeakerSettings;
    /** @description Whether the agent starts by speaking or by sending text. Defaults to voice. */
    initialOutputMedium?: MessageMedium;
    /**
     * @description How long a client has to join before the call ends unjoined.
     * @default 30s
     */
    joinTimeout?: Duration;
    /**
     * @description The longest the call may last.
     * @default 3600s
     */
    maxDuration?: Duration;
    /** @description How clients connect to the call; null or absent means WebRTC. */
    medium?: CallMedium | null;
    /**
     * @description Whether the call is recorded (see Get Call Recording).
     * @default false
     */
    recordingEnabled?: boolean;
    /** @description Turn-taking settings; null or absent means the defaults. */
    vadSettings?: VadSettings | null;
  }
  /**
   * @description The body of a `call.ended` webhook.
   * @example {
   *       "event": "call.ended",
   *       "call": {
   *         "callId": "8f6a3c0e-2f4b-4f7e-9a51-3e1f0c9d2b7a",
   *         "clientVersion": "phone(api_v0)",
   *         "created": "2025-03-22T15:48:32.997086Z",
   *         "joined": "2025-03-22T15:48:33.841005Z",
   *         "ended": "2025-03-22T15:48:59.655926Z",
   *         "endReason": "hangup",
   *         "billingStatus": "BILLING_STATUS_PENDING",
   *         "firstSpeaker": "FIRST_SPEAKER_AGENT",
   *         "firstSpeakerSettings": {
   *           "agent": {}
   *         },
   *         "initialOutputMedium": "MESSAGE_MEDIUM_VOICE",
   *         "joinUrl": null,
   *         "medium": {
   *           "plivo": {}
   *         },
   *         "systemPrompt": "You are a friendly scheduling assistant for a dental clinic.",
   *         "voice": "Mark",
   *         "errorCount": 0,
   *         "shortSummary": "The caller booked a cleaning for Tuesday at 10am.",
   *         "summary": "The caller asked for the earliest cleaning slot and accepted Tuesday at 10am.",
   *         "experimentalSettings": null,
   *         "metadata": {
   *           "customer": "1234"
   *         }
   *       }
   *     }
   */
  export interface CallEndedEvent {
    call: Call;
    /** @constant */
    event: "call.ended";
  }
  /** @description Something notable that happened during a call. */
  export type CallEvent = schemas.CallEvent;
  /** @description A page of call events. */
  export interface CallEventPage extends PageLinks {
    results: readonly CallEvent[];
  }
  /**
   * @description How serious an event is.
   * @enum {string}
   */
  export type CallEventSeverity = schemas.CallEventSeverity;
  /** @description An HTTP tool as used in a call, naming the credentials it sends without their values. */
  export interface CallHttpToolDetails {
    /** @description Headers that carry credentials. */
    authHeaders?: readonly string[];
    /** @description Query parameters that carry credentials. */
    authQueryParams?: readonly string[];
    baseUrlPattern?: string;
    /** @description Scopes of the Ultravox call token sent, if any. */
    callTokenScopes?: readonly string[];
    httpMethod?: string;
  }
  /** @description The body of a `call.joined` webhook. */
  export interface CallJoinedEvent {
    call: Call;
    /** @constant */
    event: "call.joined";
  }
  /**
   * @description How clients connect to the call. Set at most one medium; with none the
   *     call uses WebRTC and the Ultravox client SDK.
   */
  export type CallMedium =
    | CallMediumWebRtc
    | CallMediumTwilio
    | CallMediumServerWebSocket
    | CallMediumTelnyx
    | CallMediumPlivo
    | CallMediumExotel
    | CallMediumSip;
  /** A `CallMedium` that sets `webRtc`. */
  export interface CallMediumWebRtc {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: WebRtcMedium;
  }
  /** A `CallMedium` that sets `twilio`. */
  export interface CallMediumTwilio {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio: TwilioMedium;
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** A `CallMedium` that sets `serverWebSocket`. */
  export interface CallMediumServerWebSocket {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket: ServerWebSocketMedium;
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** A `CallMedium` that sets `telnyx`. */
  export interface CallMediumTelnyx {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx: TelnyxMedium;
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** A `CallMedium` that sets `plivo`. */
  export interface CallMediumPlivo {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo: PlivoMedium;
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** A `CallMedium` that sets `exotel`. */
  export interface CallMediumExotel {
    exotel: ExotelMedium;
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip?: "sip: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** A `CallMedium` that sets `sip`. */
  export interface CallMediumSip {
    exotel?: "exotel: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    plivo?: "plivo: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    serverWebSocket?: "serverWebSocket: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    sip: SipMedium;
    telnyx?: "telnyx: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    twilio?: "twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
    webRtc?: "webRtc: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip";
  }
  /** @description String key/value pairs attached to a call. Keys starting with `ultravox.` are set by Ultravox. */
  export type CallMetadata = schemas.CallMetadata;
  /** @description String key/value pairs to attach to the call. Keys may not start with `ultravox.` (reserved). */
  export type CallMetadataInput = schemas.CallMetadataInput;
  /** @description A page of calls. */
  export interface CallPage extends PageLinks {
    results: readonly Call[];
  }
  /**
   * @description A call's retention policy as the call reports it; `retain` keeps the data, `auto_delete` deletes it after billing.
   * @enum {string}
   */
  export type CallRetentionPolicy = schemas.CallRetentionPolicy;
  /** @description Billing details of a call's SIP leg. */
  export type CallSipDetails = schemas.CallSipDetails;
  /** @description One segment of a call with its own prompt, voice or tools. */
  export interface CallStage extends CallStageSettings {
    /** Format: uuid */
    callId?: never;
    /** Format: uuid */
    callStageId?: never;
    /** Format: date-time */
    created?: never;
    /** @description How many errors happened in this stage. */
    errorCount?: never;
    /** @description Experimental settings the stage ran with, or null. */
    experimentalSettings: unknown;
    initialState: CallState;
    /** @description How many tokens the stage's context held when the stage began, or null if not counted. */
    initialTokenCount?: never;
    /** @description How many tokens the stage's context held most recently, or null if not counted. */
    latestTokenCount?: never;
  }
  /** @description A page of call stages. */
  export interface CallStagePage extends PageLinks {
    results: readonly CallStage[];
  }
  /**
   * @description The settings a call stage may set for itself: prompt, model, voice and
   *     speech. A call (or template) value applies to every stage that does
   *     not set its own.
   */
  export interface CallStageSettings {
    externalVoice?: ExternalVoice;
    /** @description Messages the agent speaks while the user stays silent. Each duration counts from the previous message. */
    inactivityMessages?: readonly InactivityMessage[];
    /**
     * @description A BCP 47 language code that guides speech recognition and synthesis.
     * @example en-US
     */
    languageHint?: string | null;
    /**
     * @description The model to generate with.
     * @default ultravox-v0.7
     * @example ultravox-v0.7
     */
    model?: string | null;
    /** @description The system prompt the model generates with. */
    systemPrompt?: string | null;
    /**
     * @description The model's sampling temperature, from 0 to 1.
     * @default 0
     */
    temperature?: number;
    /** @description What the agent says just before hanging up when `maxDuration` is reached. */
    timeExceededMessage?: string | null;
    /**
     * @description The ID, or unique name, of the Ultravox voice to speak with. Set this or `externalVoice`, not both.
     * @example Mark
     */
    voice?: string | null;
    /**
     * @description Settings that replace some of the chosen voice's own, under the key
     *     of its provider (for example `{ elevenLabs: { speed: 1.1 } }`).
     */
    voiceOverrides?: ExternalVoice;
  }
  /** @description The body of a `call.started` webhook. */
  export interface CallStartedEvent {
    call: Call;
    /** @constant */
    event: "call.started";
  }
  /** @description Call state that tools can read and change. */
  export type CallState = schemas.CallState;
  /**
   * @description The call settings an agent's calls start from. Calls created from the
   *     agent may override some of them (see Create Agent Call). These string
   *     fields are Mustache templates filled from the call's `templateContext`:
   *     `systemPrompt`, `languageHint`, `timeExceededMessage`, each inactivity
   *     message's `message`, and in `selectedTools` the `description`, static
   *     parameter values and HTTP auth header and query parameter values.
   */
  export interface CallTemplate extends CallDefinition {
    /**
     * @description The JSON Schema the `templateContext` of every call must match.
     *     Only a template has it: when unset, one is derived from the
     *     variables the templated fields use. With several stages, each
     *     stage needs its own (or the derived one).
     */
    contextSchema?: {
      [key: string]: unknown;
    };
    /**
     * Format: date-time
     * @description When the template was created.
     */
    created?: never;
    /** @description The data connection every call from the agent opens, unless Create Agent Call sets its own. */
    dataConnection?: DataConnectionConfig;
    /** @description The template's name. */
    name?: string;
    retentionPolicy?: RetentionPolicy;
    /** @description The tools the agent may use (in stages that set none of their own). */
    selectedTools?: readonly SelectedTool[];
    sharedSecrets?: SharedSecrets;
    /**
     * Format: date-time
     * @description When the template was last changed.
     */
    updated?: never;
  }
  /** @description Named rate limits that calls can be created under (see Create Call's `throttle` parameter). */
  export interface CallThrottle extends CallThrottleSettings {
    /**
     * Format: date-time
     * @description When the throttle was created.
     */
    created?: never;
    /**
     * Format: uuid
     * @description The throttle's unique ID.
     */
    throttleId?: never;
  }
  /** @description A page of call throttles. */
  export interface CallThrottlePage extends PageLinks {
    results: readonly CallThrottle[];
  }
  /** @description The body of Create Call Throttle and Update Call Throttle (which replaces every field). */
  export interface CallThrottleRequest extends CallThrottleSettings {
    /**
     * @description The throttle's name; Create Call's `throttle` parameter accepts it as well as the ID.
     * @example outbound-campaign
     */
    name: string;
    /** @description The limits; a call must satisfy every one of them. */
    rules: readonly CallThrottleRule[];
  }
  /** @description A sliding-window limit; a call is rejected while the window already holds `maxCalls` calls. */
  export type CallThrottleRule = schemas.CallThrottleRule;
  /** @description The fields of a call throttle that you set. */
  export interface CallThrottleSettings {
    /**
     * @description The throttle's name; Create Call's `throttle` parameter accepts it as well as the ID.
     * @example outbound-campaign
     */
    name?: string;
    /** @description The limits; a call must satisfy every one of them. */
    rules?: readonly CallThrottleRule[];
  }
  /** @description A tool as it was available in a call. */
  export interface CallTool {
    /** Format: uuid */
    callToolId?: never;
    definition: CallToolDefinition;
    /** @description The tool's name in the call, after any `nameOverride`. */
    name: string;
    /**
     * Format: uuid
     * @description The durable tool it came from, or null for a temporary tool.
     */
    toolId?: never;
  }
  /** @description A tool's definition as used in a call, without credentials. */
  export interface CallToolDefinition {
    automaticParameters?: readonly AutomaticParameter[];
    client?: ClientToolDetails;
    dataConnection?: DataConnectionToolDetails;
    defaultReaction?: AgentReaction;
    description?: string;
    dynamicParameters?: readonly DynamicParameter[];
    http?: CallHttpToolDetails;
    precomputable?: boolean;
    staticParameters?: readonly StaticParameter[];
    staticResponse?: StaticToolResponse;
    timeout?: Duration;
  }
  /** @description Usage of the calls matching the filters, all-time and per day and hour. */
  export interface CallUsage {
    /** @description Usage over all time. */
    allTime: CallUsageTotals;
    /** @description Usage per day. */
    daily: readonly DailyCallUsage[];
    /** @description Usage per hour. */
    hourly: readonly HourlyCallUsage[];
  }
  /** @description Call counts and time over a period. */
  export type CallUsageTotals = schemas.CallUsageTotals;
  /** @description Cartesia generation controls. */
  export type CartesiaGenerationConfig = schemas.CartesiaGenerationConfig;
  /** @description A voice from Cartesia. */
  export interface CartesiaVoice {
    emotion?: string;
    emotions?: readonly string[];
    generationConfig?: CartesiaGenerationConfig;
    /** @description The Cartesia model. */
    model?: string;
    /**
     * @description Speaking rate.
     * @default 0
     */
    speed?: number;
    /** @description The Cartesia voice ID. */
    voiceId?: string;
  }
  /** @description The tool runs in the client connected to the call. Client tools take body parameters only. */
  export type ClientToolDetails = schemas.ClientToolDetails;
  /** @description The multipart body that clones a voice from a recording. */
  export type CloneVoiceRequest = schemas.CloneVoiceRequest;
  /** @description Concurrent calls in one interval. */
  export type ConcurrencyBucket = schemas.ConcurrencyBucket;
  /** @description The account's call concurrency over a time range. */
  export interface ConcurrencyUsage {
    /** @description One bucket per interval, oldest first. */
    timeSeries: readonly ConcurrencyBucket[];
  }
  /** @description A searchable collection of documents that grounds an agent in facts about a domain. */
  export interface Corpus extends CorpusSettings {
    /** @description The corpus's unique ID. */
    corpusId?: never;
    /**
     * Format: date-time
     * @description When the corpus was created.
     */
    created?: never;
    stats?: never;
  }
  /** @description A document of an advanced source. */
  export interface CorpusAdvancedDocument {
    /** @description The document's `documentId`. */
    documentId?: string;
    /** @description Example queries for the document. */
    exampleQueries?: readonly string[];
  }
  /**
   * @description A source built from documents listed one by one, each with example
   *     queries. The reference shows this kind of source only in a request
   *     example, without describing it further.
   */
  export interface CorpusAdvancedSpec {
    documents?: readonly CorpusAdvancedDocument[];
  }
  /** @description Where a chunk came from. */
  export type CorpusCitation = schemas.CorpusCitation;
  /**
   * @description A crawl of web pages. Links are followed within each start URL's
   *     domain (list subdomains as start URLs of their own).
   */
  export interface CorpusCrawlSpec {
    /** @description How many links deep to crawl; 1 loads only the start URLs. */
    maxDepth?: number;
    /** @description The largest document to load, in bytes. */
    maxDocumentBytes?: number;
    /** @description The most documents to load (a source holds at most 200). */
    maxDocuments?: number;
    relevantDocumentTypes?: CorpusMimeTypeFilter;
    /**
     * @description The pages the crawl starts from.
     * @example [
     *       "https://docs.example.com"
     *     ]
     */
    startUrls?: readonly string[];
  }
  /**
   * @description One file or page of a source, or a document derived from one during
   *     processing (for example an HTML page turned into Markdown). Read-only.
   */
  export interface CorpusDocument {
    corpusId?: never;
    /** Format: date-time */
    created?: never;
    documentId?: never;
    metadata?: never;
    /** @description The document's MIME type. */
    mimeType?: never;
    /**
     * @description The document's size in bytes, as a decimal string.
     * @example 18234
     */
    sizeBytes?: never;
    sourceId?: never;
  }
  /** @description What is known about a document's origin. */
  export interface CorpusDocumentMetadata {
    description?: string;
    /** @description Questions the document answers, which help retrieval find it. */
    exampleQueries?: readonly string[];
    /** @description The document's language. */
    language?: string;
    /** @description Where the document can be read, if public. */
    publicUrl?: string;
    /**
     * Format: date-time
     * @description When the document was published, if known.
     */
    published?: string;
    title?: string;
  }
  /** @description A page of corpus documents. */
  export interface CorpusDocumentPage extends PageLinks {
    results: readonly CorpusDocument[];
  }
  /** @description Where to upload a file, and the ID its document will have. */
  export interface CorpusFileUpload {
    /** @description The ID to list in a source's `upload.documentIds`. */
    documentId?: never;
    /**
     * Format: uri
     * @description The signed URL to upload the file to; it expires after 5 minutes.
     */
    presignedUrl?: never;
  }
  /** @description The body of Create Corpus File Upload. */
  export type CorpusFileUploadRequest = schemas.CorpusFileUploadRequest;
  /**
   * @description Which document types to keep; others found while loading are dropped.
   *     When unset, Ultravox keeps the types it knows to be useful.
   */
  export interface CorpusMimeTypeFilter {
    /** @description Drop documents of these types. */
    exclude?: CorpusMimeTypeSet;
    /** @description Keep only documents of these types. */
    include?: CorpusMimeTypeSet;
  }
  /** @description A set of MIME types. */
  export interface CorpusMimeTypeSet {
    /**
     * @example [
     *       "text/html",
     *       "application/pdf"
     *     ]
     */
    mimeTypes?: readonly string[];
  }
  /** @description A page of corpora. */
  export interface CorpusPage extends PageLinks {
    results: readonly Corpus[];
  }
  /** @description A chunk that matched a query. */
  export type CorpusQueryResult = schemas.CorpusQueryResult;
  /** @description The body of Create Corpus and Update Corpus. Update changes only the fields given. */
  export type CorpusRequest = schemas.CorpusRequest;
  /** @description The fields of a corpus that you set. */
  export type CorpusSettings = schemas.CorpusSettings;
  /** @description Where a corpus's documents come from. */
  export interface CorpusSource extends CorpusSourceSettings {
    /** @description The corpus the source belongs to. */
    corpusId?: never;
    /**
     * Format: date-time
     * @description When the source was created.
     */
    created?: never;
    /** @description The source's unique ID. */
    sourceId?: never;
    stats?: never;
  }
  /** @description A page of corpus sources. */
  export interface CorpusSourcePage extends PageLinks {
    results: readonly CorpusSource[];
  }
  /** @description The fields of a corpus source that you set. A source is either a crawl or an upload. */
  export interface CorpusSourceSettings {
    advanced?: CorpusAdvancedSpec;
    crawl?: CorpusCrawlSpec;
    /** @description What the source holds. */
    description?: string;
    /**
     * @deprecated
     * @description Deprecated; use `crawl`. Ignored when `crawl` or `upload` is set.
     */
    loadSpec?: CorpusCrawlSpec;
    /** @description The source's name. */
    name?: string;
    upload?: CorpusUploadSpec;
  }
  /** @description The current state and size of a source. */
  export type CorpusSourceStats = schemas.CorpusSourceStats;
  /**
   * @description Whether a source's documents are used by queries: `INITIALIZING`
   *     (loading for the first time), `READY`, or `UPDATING` (reloading).
   * @enum {string}
   */
  export type CorpusSourceStatus = schemas.CorpusSourceStatus;
  /** @description The current state and size of a corpus. */
  export type CorpusStats = schemas.CorpusStats;
  /**
   * @description Whether a corpus can be queried: `EMPTY` (no documents yet),
   *     `INITIALIZING` (loading its first documents), `READY`, or `UPDATING`
   *     (queryable, but a source is reloading).
   * @enum {string}
   */
  export type CorpusStatus = schemas.CorpusStatus;
  /** @description Files uploaded with Create Corpus File Upload. */
  export interface CorpusUploadSpec {
    /** @description The `documentId`s of the uploaded files. */
    documentIds?: readonly string[];
  }
  /**
   * @description The body of Create Agent Call: the template context plus the few call
   *     settings a call may override on its agent's template.
   */
  export interface CreateAgentCallRequest {
    callbacks?: CallCallbacks;
    /** @description Overrides the data connection (an extra websocket streaming data messages to your server). */
    dataConnection?: DataConnectionConfig;
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    };
    /** @description Overrides who opens the conversation. */
    firstSpeakerSettings?: FirstSpeakerSettings;
    /** @description Conversation history the call starts from. */
    initialMessages?: readonly Message[];
    /** @description Overrides whether the agent starts by speaking or by sending text; the client may change it later. */
    initialOutputMedium?: MessageMedium;
    /** @description Overrides how long a client has to join. */
    joinTimeout?: Duration;
    /** @description Overrides the longest the call may last. */
    maxDuration?: Duration;
    /** @description Overrides the template's medium. */
    medium?: CallMedium;
    metadata?: CallMetadataInput;
    /** @description Overrides whether the call is recorded. */
    recordingEnabled?: boolean;
    /** @description Overrides what happens to the call's data once it ends. */
    retentionPolicy?: RetentionPolicy;
    sharedSecrets?: SharedSecrets;
    templateContext?: TemplateContext;
    toolOverrides?: ToolOverrides;
    /**
     * @description The ID or name of a voice to use instead of the template's, for an
     *     agent that speaks with different voices on different calls.
     * @example Mark
     */
    voice?: string;
    /** @description Settings that replace some of `voice`'s own; only together with `voice`. */
    voiceOverrides?: ExternalVoice;
  }
  /** @description The body of Create Agent. Every field is optional, as in Update Agent; give the agent a name to find it again. */
  export interface CreateAgentRequest extends UpdateAgentRequest {}
  /** @description The body of Create Call. */
  export interface CreateCallRequest extends CallDefinition {
    callbacks?: CallCallbacks;
    dataConnection?: DataConnectionConfig;
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    };
    /**
     * @deprecated
     * @description Who speaks first. Deprecated; use `firstSpeakerSettings`. If both are set they must agree.
     */
    firstSpeaker?: FirstSpeaker;
    /** @description Conversation history the call starts from. Not allowed together with `priorCallId`. */
    initialMessages?: readonly Message[];
    initialState?: CallState;
    metadata?: CallMetadataInput;
    retentionPolicy?: RetentionPolicy;
    /** @description The tools the agent may use (in the call's first stage). */
    selectedTools?: readonly SelectedTool[];
    sharedSecrets?: SharedSecrets;
    /**
     * @deprecated
     * @description Whether the call may go without a transcript.
     * @default true
     */
    transcriptOptional?: boolean;
  }
  /** @description The body of Create Corpus Source. Set exactly one of `crawl`, `upload` or `advanced` (or the deprecated `loadSpec`). */
  export type CreateCorpusSourceRequest = CorpusSourceSettings &
    (
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl: unknown;
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload: unknown;
        }
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec: unknown;
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
      | {
          advanced: unknown;
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
    );
  /** @description The body of Create Plivo Configuration. */
  export interface CreatePlivoConfigRequest extends UpdatePlivoConfigRequest {
    /** @description Your Plivo Auth ID. */
    authId: string;
    /** @description Your Plivo auth token. Never returned; see `authTokenPrefix`. */
    authToken: string;
  }
  /** @description The body of Create Scheduled Call Batch. */
  export interface CreateScheduledCallBatchRequest extends UpdateScheduledCallBatchRequest {
    /** @description The calls to make, one entry per call. */
    calls: readonly ScheduledCallRequest[];
  }
  /** @description The body of Create Telnyx Configuration. */
  export interface CreateTelnyxConfigRequest extends UpdateTelnyxConfigRequest {
    /** @description Your Telnyx Account SID. */
    accountSid: string;
    /** @description Your Telnyx API key. Never returned; see `apiKeyPrefix`. */
    apiKey: string;
    /** @description Your Telnyx public key. Never returned; see `publicKeyPrefix`. */
    publicKey: string;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid: string;
  }
  /** @description The body of Create Twilio Configuration. */
  export interface CreateTwilioConfigRequest extends UpdateTwilioConfigRequest {
    /** @description Your Twilio Account SID. */
    accountSid: string;
    /** @description Your Twilio auth token. Never returned; see `authTokenPrefix`. */
    authToken: string;
  }
  /** @description Call usage on one day. */
  export type DailyCallUsage = schemas.DailyCallUsage;
  /** @description If set, the call's audio is also streamed over the data connection in this format. */
  export type DataConnectionAudioConfig = schemas.DataConnectionAudioConfig;
  /** @description An extra websocket that Ultravox opens to your server to stream data messages during the call. */
  export type DataConnectionConfig = schemas.DataConnectionConfig;
  /** @description The tool runs on your server at the other end of the call's data connection. Such tools take body parameters only. */
  export type DataConnectionToolDetails = schemas.DataConnectionToolDetails;
  /** @description Which optional server-to-client data messages the connection receives. */
  export type DataMessageSelection = schemas.DataMessageSelection;
  /** @description A calendar date (`2025-06-01`) or an ISO 8601 date-time. */
  export type DateOrDateTime = schemas.DateOrDateTime;
  /** @description What remains of a deleted call for billing. */
  export interface DeletedCall {
    /** Format: uuid */
    accountId?: never;
    /** Format: uuid */
    callId?: never;
    /** Format: date-time */
    created?: never;
    /** Format: date-time */
    deletionTime?: never;
    /** Format: date-time */
    ended?: never;
    endReason?: never;
    /** @description Whether the call had a summary before deletion. */
    hadSummary?: never;
    /** Format: date-time */
    joined?: never;
    /** @default 3600s */
    maxDuration?: Duration;
    recordingEnabled?: never;
  }
  /** @description A page of deleted calls. */
  export interface DeletedCallPage extends PageLinks {
    results: readonly DeletedCall[];
  }
  /**
   * @description What happens to the keypad digits (DTMF) the caller presses. Without
   *     this setting the digits reach the agent as a user text message of just
   *     the digits, sent immediately; quick presses arrive together.
   */
  export type DtmfHandling = schemas.DtmfHandling;
  /** @description How the digits are passed to the agent as a user text message. */
  export type DtmfUserTextMessage = schemas.DtmfUserTextMessage;
  /**
   * @description A length of time in seconds with an `s` suffix, such as `30s` or `0.384s`.
   * @example 30s
   * @example 0.384s
   */
  export type Duration = schemas.Duration;
  /** @description A parameter the model sets when it calls the tool. */
  export type DynamicParameter = schemas.DynamicParameter;
  /** @description A reference to an ElevenLabs pronunciation dictionary. */
  export type ElevenLabsPronunciationDictionary = schemas.ElevenLabsPronunciationDictionary;
  /** @description A voice from ElevenLabs. */
  export interface ElevenLabsVoice {
    /** @description Have ElevenLabs read SSML tags in the text instead of speaking them. */
    enableSsmlParsing?: boolean;
    /** @description The highest sample rate your ElevenLabs plan allows, in hertz. */
    maxSampleRate?: number;
    /** @description The ElevenLabs model. */
    model?: string;
    /** @description ElevenLabs' latency optimisation level. */
    optimizeStreamingLatency?: number;
    /** @description ElevenLabs pronunciation dictionaries to apply. */
    pronunciationDictionaries?: readonly ElevenLabsPronunciationDictionary[];
    similarityBoost?: number;
    /**
     * @description Speaking rate.
     * @default 1
     */
    speed?: number;
    stability?: number;
    style?: number;
    useSpeakerBoost?: boolean;
    /** @description The ElevenLabs voice ID. */
    voiceId?: string;
  }
  /**
   * @description What happens after an inactivity message: `UNSPECIFIED` keeps waiting,
   *     `HANG_UP_SOFT` ends the call unless the user speaks during the message,
   *     `HANG_UP_STRICT` ends it regardless.
   * @default END_BEHAVIOR_UNSPECIFIED
   * @enum {string}
   */
  export type EndBehavior = schemas.EndBehavior;
  /**
   * @description Why a call ended: `unjoined` (no client ever joined), `hangup` (the
   *     client hung up), `agent_hangup` (the agent hung up), `timeout` (it hit
   *     `maxDuration`), `connection_error`, or `system_error`.
   * @enum {string}
   */
  export type EndReason = schemas.EndReason;
  /**
   * @description An error answer. Most carry `detail`; validation errors may instead map
   *     each offending field to its messages. Other keys may appear.
   */
  export type Error = schemas.Error;
  /** @description Exotel Voicebot; give Exotel the join URL as the websocket target. */
  export type ExotelMedium = schemas.ExotelMedium;
  /**
   * @description A voice served directly by a text-to-speech provider instead of an
   *     Ultravox voice. Set exactly one provider. Your account needs that
   *     provider's API key, and TTS errors are yours to handle.
   */
  export type ExternalVoice =
    | ExternalVoiceElevenLabs
    | ExternalVoiceCartesia
    | ExternalVoiceLmnt
    | ExternalVoiceGoogle
    | ExternalVoiceInworld
    | ExternalVoiceRespeecher
    | ExternalVoiceGeneric;
  /** A `ExternalVoice` that sets `elevenLabs`. */
  export interface ExternalVoiceElevenLabs {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs: ElevenLabsVoice;
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /** A `ExternalVoice` that sets `cartesia`. */
  export interface ExternalVoiceCartesia {
    cartesia: CartesiaVoice;
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /** A `ExternalVoice` that sets `lmnt`. */
  export interface ExternalVoiceLmnt {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt: LmntVoice;
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /** A `ExternalVoice` that sets `google`. */
  export interface ExternalVoiceGoogle {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google: GoogleVoice;
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /** A `ExternalVoice` that sets `inworld`. */
  export interface ExternalVoiceInworld {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld: InworldVoice;
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /** A `ExternalVoice` that sets `respeecher`. */
  export interface ExternalVoiceRespeecher {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic?: "generic: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher: RespeecherVoice;
  }
  /** A `ExternalVoice` that sets `generic`. */
  export interface ExternalVoiceGeneric {
    cartesia?: "cartesia: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    elevenLabs?: "elevenLabs: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    generic: GenericVoice;
    google?: "google: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    inworld?: "inworld: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    lmnt?: "lmnt: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
    respeecher?: "respeecher: set only one of elevenLabs, cartesia, lmnt, google, inworld, respeecher, generic";
  }
  /**
   * @description Who speaks first.
   * @enum {string}
   */
  export type FirstSpeaker = schemas.FirstSpeaker;
  /** @description If the user stays silent for `delay`, the agent starts instead. */
  export type FirstSpeakerFallback = schemas.FirstSpeakerFallback;
  /**
   * @description Who opens the conversation. Set exactly one of `user` or `agent`; the
   *     default is an interruptible agent greeting generated from the prompt.
   */
  export type FirstSpeakerSettings = FirstSpeakerSettingsUser | FirstSpeakerSettingsAgent;
  /** A `FirstSpeakerSettings` that sets `user`. */
  export interface FirstSpeakerSettingsUser {
    agent?: "agent: set only one of user, agent";
    user: UserFirstSpeakerSettings;
  }
  /** A `FirstSpeakerSettings` that sets `agent`. */
  export interface FirstSpeakerSettingsAgent {
    agent: AgentFirstSpeakerSettings;
    user?: "user: set only one of user, agent";
  }
  /** @description Makes the agent say `content` and/or run tool calls. */
  export interface ForcedAgentMessage {
    /**
     * @description What the agent says.
     * @default
     */
    content?: string;
    /** @description Results to use instead of running the tool calls with the same `invocationId`. */
    knownToolResults?: readonly KnownToolResult[];
    /**
     * @description The thread to act in; `UI` is the main conversation.
     * @default UI
     */
    threadId?: string;
    /** @description Tool calls the agent makes. */
    toolCalls?: readonly ForcedToolCall[];
    /**
     * @description discriminator enum property added by openapi-typescript
     * @enum {string}
     */
    type: "forced_agent_message";
    /**
     * @description Whether the user is prevented from interrupting.
     * @default false
     */
    uninterruptible?: boolean;
    /**
     * @description `immediate` may interrupt the user or agent; `soon` waits for the next opportunity.
     * @default soon
     * @enum {string}
     */
    urgency?: "immediate" | "soon";
  }
  /** @description A tool call the agent is made to perform. */
  export type ForcedToolCall = schemas.ForcedToolCall;
  /** @description Any HTTP text-to-speech service that answers a request with audio. */
  export type GenericVoice = schemas.GenericVoice;
  /** @description A voice from Google Cloud Text-to-Speech. */
  export type GoogleVoice = schemas.GoogleVoice;
  /** @description Ends the call after an optional farewell. */
  export type HangUpMessage = schemas.HangUpMessage;
  /** @description The key goes in a request header. */
  export type HeaderApiKeyRequirement = schemas.HeaderApiKeyRequirement;
  /** @description Call usage in one hour of one day. */
  export type HourlyCallUsage = schemas.HourlyCallUsage;
  /** @description The key goes in the `Authorization` header under an HTTP authentication scheme. */
  export type HttpAuthRequirement = schemas.HttpAuthRequirement;
  /** @description How Ultravox calls an HTTP tool. */
  export type HttpToolDetails = schemas.HttpToolDetails;
  /** @description The multipart body that creates a tool from an OpenAPI file. */
  export type ImportToolRequest = schemas.ImportToolRequest;
  /** @description A message the agent speaks after the user has been silent for `duration`. */
  export type InactivityMessage = schemas.InactivityMessage;
  /** @description A voice from Inworld. */
  export interface InworldVoice {
    applyTextNormalization?: boolean;
    /** @description The Inworld model. */
    modelId?: string;
    /** @description Inworld pronunciation dictionaries to apply, by resource name. */
    pronunciationDictionaryIds?: readonly string[];
    /** @description Speaking rate. */
    speakingRate?: number;
    temperature?: number;
    /** @description The Inworld voice ID. */
    voiceId?: string;
  }
  /**
   * @description The value Ultravox fills an automatic parameter with:
   *     `KNOWN_PARAM_CALL_ID` the call's ID; `KNOWN_PARAM_CONVERSATION_HISTORY`
   *     the conversation so far (best sent in the body);
   *     `KNOWN_PARAM_CALL_STATE` the call state that tools have set;
   *     `KNOWN_PARAM_OUTPUT_SAMPLE_RATE` the call's output audio sample rate;
   *     `KNOWN_PARAM_CALL_STAGE_ID` the current stage's ID;
   *     `KNOWN_PARAM_CALL_METADATA` the call's metadata;
   *     `KNOWN_PARAM_THREAD_ID` and `KNOWN_PARAM_THREAD_STATES` the current
   *     thread's ID and the threads' states (not described further).
   * @enum {string}
   */
  export type KnownParamValue = schemas.KnownParamValue;
  /** @description A tool result supplied in advance. */
  export type KnownToolResult = schemas.KnownToolResult;
  /** @description A voice from LMNT. */
  export type LmntVoice = schemas.LmntVoice;
  /** @description A message of a call's conversation, or one to seed a new call with. */
  export type Message = schemas.Message;
  /**
   * @description Whether a message was spoken or typed.
   * @enum {string}
   */
  export type MessageMedium = schemas.MessageMedium;
  /** @description A page of call messages. */
  export interface MessagePage extends PageLinks {
    results: readonly Message[];
  }
  /**
   * @description Who produced a message.
   * @enum {string}
   */
  export type MessageRole = schemas.MessageRole;
  /** @description A model calls can run on. */
  export interface Model {
    /**
     * @description The model's name, as a call's `model` takes it.
     * @example ultravox-v0.7
     */
    name?: never;
  }
  /** @description A page of models. */
  export interface ModelPage extends PageLinks {
    results: readonly Model[];
  }
  /** @description An OpenAPI document, as JSON. */
  export type OpenApiDocument = schemas.OpenApiDocument;
  /** @description A phone call Ultravox places through your telephony provider account. */
  export type OutgoingPhoneCall = schemas.OutgoingPhoneCall;
  /**
   * @description Who owns a tool or voice. `private` ones belong to your account; `public` ones are available to every account.
   * @enum {string}
   */
  export type Ownership = schemas.Ownership;
  /** @description The cursor links shared by every page of results. */
  export type PageLinks = schemas.PageLinks;
  /**
   * @description Where a parameter goes in the tool request. Client and data-connection tools take body parameters only.
   * @enum {string}
   */
  export type ParameterLocation = schemas.ParameterLocation;
  /** @description The account's Plivo configuration. The auth token is returned only as a prefix. */
  export interface PlivoConfig extends TelephonyCallCreationSettings {
    /** @description Your Plivo Auth ID. */
    authId: string;
    /** @description The start of your Plivo auth token. */
    authTokenPrefix?: never;
  }
  /**
   * @description Plivo AudioStreams. Put the join URL in a bidirectional `<Stream>` of
   *     your Plivo XML, or set `outgoing` to have Ultravox place the call.
   */
  export type PlivoMedium = schemas.PlivoMedium;
  /** @description The key goes in a query parameter. */
  export type QueryApiKeyRequirement = schemas.QueryApiKeyRequirement;
  /** @description The body of Query Corpus. */
  export type QueryCorpusRequest = schemas.QueryCorpusRequest;
  /** @description A voice from Respeecher. */
  export type RespeecherVoice = schemas.RespeecherVoice;
  /**
   * @description What happens to a call's data once it ends: `RETAIN` keeps it,
   *     `AUTO_DELETE` deletes it after billing (as Delete Call would),
   *     `UNSPECIFIED` leaves it to the account's default.
   * @enum {string}
   */
  export type RetentionPolicy = schemas.RetentionPolicy;
  /** @description One call of a batch and where it stands. */
  export interface ScheduledCall extends ScheduledCallSettings {
    /**
     * Format: uuid
     * @description The batch the call belongs to.
     */
    batchId?: never;
    /**
     * Format: uuid
     * @description The call created for it, or null until it is created.
     */
    callId?: never;
    /** @description Why the call could not be made, if it failed. */
    error?: never;
    status?: never;
  }
  /** @description A batch of calls created from an agent within a time window, with its progress. */
  export interface ScheduledCallBatch extends ScheduledCallBatchSettings {
    /**
     * Format: uuid
     * @description The batch's unique ID.
     */
    batchId?: never;
    /** @description How many of the batch's calls are done (created or failed). */
    completedCount?: never;
    /**
     * Format: date-time
     * @description When the batch was created.
     */
    created?: never;
    /**
     * Format: date-time
     * @description When the batch finished, or null while it runs.
     */
    endedAt?: never;
    /** @description How many calls the batch holds. */
    totalCount?: never;
  }
  /** @description A page of scheduled call batches. */
  export interface ScheduledCallBatchPage extends PageLinks {
    results: readonly ScheduledCallBatch[];
  }
  /** @description The settings of a scheduled call batch that a client chooses. */
  export type ScheduledCallBatchSettings = schemas.ScheduledCallBatchSettings;
  /** @description A page of scheduled calls. */
  export interface ScheduledCallPage extends PageLinks {
    results: readonly ScheduledCall[];
  }
  /** @description One call to schedule in a batch. */
  export type ScheduledCallRequest = ScheduledCallSettings & {
    metadata?: CallMetadataInput | null;
  };
  /** @description What one call of a batch is made with, on top of its agent's template. Each setting may be null, meaning unset. */
  export interface ScheduledCallSettings {
    /** @description Experimental, unversioned settings. */
    experimentalSettings?: {
      [key: string]: unknown;
    } | null;
    /**
     * @description How the call connects. With an `outgoing` phone medium (`sip`,
     *     `twilio`, `telnyx`, `plivo`) Ultravox places the call; any other
     *     medium needs the batch's `webhookUrl`.
     */
    medium?: CallMedium | null;
    metadata?: CallMetadata | null;
    templateContext?: TemplateContext | null;
  }
  /**
   * @description Where a scheduled call stands: `FUTURE` and `PENDING` (not made
   *     yet), `SUCCESS` (its call was created), `EXPIRED` (the window ended
   *     before it was made) or `ERROR` (it failed, for example because the
   *     webhook notification could not be delivered).
   * @enum {string}
   */
  export type ScheduledCallStatus = schemas.ScheduledCallStatus;
  /** @description The first characters of a stored secret, so you can tell which one is set. The full value is never returned. */
  export type SecretPrefix = schemas.SecretPrefix;
  /**
   * @description Alternative ways to authenticate an HTTP tool's requests; a call must
   *     satisfy one of them. Generally the first one the call can satisfy is
   *     used, but an option with requirements is preferred over an empty one.
   */
  export interface SecurityOptions {
    options?: readonly SecurityRequirements[];
  }
  /**
   * @description Where a credential goes on the tool's requests. Set exactly one of
   *     `queryApiKey`, `headerApiKey` or `httpAuth`.
   */
  export type SecurityRequirement =
    SecurityRequirementQueryApiKey | SecurityRequirementHeaderApiKey | SecurityRequirementHttpAuth;
  /** A `SecurityRequirement` that sets `queryApiKey`. */
  export interface SecurityRequirementQueryApiKey {
    headerApiKey?: "headerApiKey: set only one of queryApiKey, headerApiKey, httpAuth";
    httpAuth?: "httpAuth: set only one of queryApiKey, headerApiKey, httpAuth";
    queryApiKey: QueryApiKeyRequirement;
  }
  /** A `SecurityRequirement` that sets `headerApiKey`. */
  export interface SecurityRequirementHeaderApiKey {
    headerApiKey: HeaderApiKeyRequirement;
    httpAuth?: "httpAuth: set only one of queryApiKey, headerApiKey, httpAuth";
    queryApiKey?: "queryApiKey: set only one of queryApiKey, headerApiKey, httpAuth";
  }
  /** A `SecurityRequirement` that sets `httpAuth`. */
  export interface SecurityRequirementHttpAuth {
    headerApiKey?: "headerApiKey: set only one of queryApiKey, headerApiKey, httpAuth";
    httpAuth: HttpAuthRequirement;
    queryApiKey?: "queryApiKey: set only one of queryApiKey, headerApiKey, httpAuth";
  }
  /** @description One way to authenticate; every requirement in it must be met. */
  export interface SecurityRequirements {
    /**
     * @description Named credential requirements. Calls satisfy them with `authTokens`
     *     under the same names.
     */
    requirements?: {
      [key: string]: SecurityRequirement;
    };
    ultravoxCallTokenRequirement?: UltravoxCallTokenRequirement;
  }
  /**
   * @description A tool made available to a call: a durable tool by `toolId` or
   *     `toolName`, or a `temporaryTool` defined inline. Set exactly one of the three.
   */
  export type SelectedTool = SelectedToolToolId | SelectedToolToolName | SelectedToolTemporaryTool;
  /** A `SelectedTool` that sets `toolId`. */
  export interface SelectedToolToolId {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool?: "temporaryTool: set only one of toolId, toolName, temporaryTool";
    /**
     * Format: uuid
     * @description The ID of a durable tool.
     */
    toolId: string;
    toolName?: "toolName: set only one of toolId, toolName, temporaryTool";
  }
  /** A `SelectedTool` that sets `toolName`. */
  export interface SelectedToolToolName {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool?: "temporaryTool: set only one of toolId, toolName, temporaryTool";
    toolId?: "toolId: set only one of toolId, toolName, temporaryTool";
    /** @description The name of a durable tool; it must be unique. */
    toolName: string;
  }
  /** A `SelectedTool` that sets `temporaryTool`. */
  export interface SelectedToolTemporaryTool {
    /** @description Credentials for the tool's security requirements, keyed by requirement name. */
    authTokens?: {
      [key: string]: string;
    };
    /** @description A description for the model to use instead of the tool's, for fitting a built-in tool to your prompt. */
    descriptionOverride?: string;
    /** @description A model-facing name to use instead of the tool's, for using one tool twice with different overrides. */
    nameOverride?: string;
    /** @description Fixed values for dynamic parameters; overridden parameters are hidden from the model. */
    parameterOverrides?: {
      [key: string]: unknown;
    };
    /** @description Internal; links the tool to a stage transition of a call template. */
    transitionId?: string;
    temporaryTool: BaseToolDefinition;
    toolId?: "toolId: set only one of toolId, toolName, temporaryTool";
    toolName?: "toolName: set only one of toolId, toolName, temporaryTool";
  }
  /**
   * @description A plain websocket between your server and Ultravox, for
   *     server-to-server audio (not suited to browsers or phones directly).
   */
  export type ServerWebSocketMedium = schemas.ServerWebSocketMedium;
  /** @description The body of Set Telephony Credentials (deprecated). Providers left out are unchanged. */
  export interface SetTelephonyCredentialsRequest {
    /** @description Plivo settings to change; the API also accepts null here. */
    plivo?: UpdatePlivoConfigRequest | null;
    /** @description Telnyx settings to change; the API also accepts null here. */
    telnyx?: UpdateTelnyxConfigRequest | null;
    /** @description Twilio settings to change; the API also accepts null here. */
    twilio?: UpdateTwilioConfigRequest | null;
  }
  /** @description The body of Set TTS API Keys. Keys are write-only; only their prefixes are ever returned. */
  export interface SetTtsApiKeysRequest {
    /** @description Your Cartesia API key. */
    cartesia?: string | null;
    /** @description Your ElevenLabs API key. */
    elevenLabs?: string | null;
    /** @description Your Google service account key. */
    google?: string | null;
    /** @description Your Inworld API key. */
    inworld?: string | null;
    /** @description Your LMNT API key. */
    lmnt?: string | null;
    /** @description Your Respeecher API key. */
    respeecher?: string | null;
  }
  /**
   * @description Secrets (16 to 127 characters) used to sign the data connection's
   *     websocket handshake. Never returned by the API. A call's secrets
   *     replace its agent's.
   */
  export type SharedSecrets = readonly string[];
  /** @description Lets incoming SIP calls reach one agent. */
  export type SipAgentAllowance = schemas.SipAgentAllowance;
  /** @description The account's SIP configuration for incoming SIP calls. */
  export interface SipConfig extends SipConfigSettings {
    /** @description The domain SIP INVITEs for the account are addressed to. */
    domain?: never;
  }
  /** @description The fields of the account's SIP configuration that you set. */
  export interface SipConfigSettings {
    /**
     * @description Also accept calls addressed to `agent_<agentId>@…` for any of the account's agents.
     * @default false
     */
    allowAllAgents?: boolean;
    /** @description Incoming calls are accepted only when they match one of these allowances (or `allowAllAgents`). */
    allowedAgents?: readonly SipAgentAllowance[];
    /** @description The IPv4 CIDR ranges incoming SIP calls are accepted from. */
    allowedCidrRanges?: readonly string[];
    /** @description Where to ask about calls no allowance matches; null for none. */
    fallbackHandler?: SipFallbackHandler | null;
  }
  /**
   * @description An endpoint of yours asked what to do with an incoming SIP call that
   *     no agent allowance matches. It must answer promptly with status 200
   *     and a JSON object holding exactly one of `startAgentCall` (a Create
   *     Agent Call body plus `agentId`), `startCall` (a Create Call body) or
   *     `reject` (optionally with `sipRejectCode`, 603 by default).
   */
  export interface SipFallbackHandler {
    /** @description Secrets Ultravox signs its requests to the handler with. */
    secrets?: readonly string[];
    /**
     * Format: uri
     * @description The URL Ultravox sends the incoming call's details to.
     * @example https://example.com/ultravox/sip-fallback
     */
    url: string;
  }
  /** @description A SIP call, either accepted from an incoming INVITE or placed by Ultravox. Set exactly one of `incoming` or `outgoing`. */
  export type SipMedium = SipMediumIncoming | SipMediumOutgoing;
  /** A `SipMedium` that sets `incoming`. */
  export interface SipMediumIncoming {
    /** @description The call answers an incoming SIP INVITE. */
    incoming?: Record<string, never>;
    outgoing?: "outgoing: set only one of incoming, outgoing";
  }
  /** A `SipMedium` that sets `outgoing`. */
  export interface SipMediumOutgoing {
    incoming?: "incoming: set only one of incoming, outgoing";
    outgoing: SipOutgoing;
  }
  /** @description A SIP call Ultravox places. */
  export interface SipOutgoing {
    /** @description The caller shown to the callee. */
    from?: string;
    /** @description The password for SIP digest authentication. */
    password?: string;
    /**
     * @description The SIP URI to call.
     * @example sip:+15551234567@carrier.example.com
     */
    to?: string;
    /** @description The username for SIP digest authentication, if the trunk needs it. */
    username?: string;
  }
  /** @description A registration of the account with a SIP server. */
  export interface SipRegistration extends SipRegistrationSettings {
    /**
     * Format: date-time
     * @description When the registration was created.
     */
    created?: never;
    /** @description The registration's unique ID. */
    registrationId?: never;
    /** @description Whether the latest attempt to register succeeded, or null before the first. */
    successful?: never;
  }
  /** @description A page of SIP registrations. */
  export interface SipRegistrationPage extends PageLinks {
    results: readonly SipRegistration[];
  }
  /** @description The body of Create SIP Registration. */
  export interface SipRegistrationRequest extends SipRegistrationSettings {
    /** @description The SIP user to register as. */
    username: string;
    /** @description The password to register with. Never returned. */
    password: string;
    /** @description The SIP server to register with. */
    proxy: string;
  }
  /** @description The fields of a SIP registration that you set. */
  export interface SipRegistrationSettings {
    /** @description The user name to authenticate as, when it differs from `username`. Usually unset. */
    authUser?: string | null;
    /** @description A proxy to reach the SIP server through, for example to register as `user@trunk.example.com` via `proxy.trunk.example.com`. Usually unset. */
    outboundProxy?: string | null;
    /** @description The password to register with. Never returned. */
    password?: string;
    /** @description The SIP server to register with. */
    proxy?: string;
    /** @description The SIP user to register as. */
    username?: string;
  }
  /**
   * @description How a SIP session ended: normally, or because the number was invalid,
   *     nobody answered in time, the destination was unavailable or busy, the
   *     caller cancelled, the callee rejected it, or for an unknown reason.
   * @enum {string}
   */
  export type SipTerminationReason = schemas.SipTerminationReason;
  /** @description A parameter sent with a fixed value on every call of the tool. */
  export type StaticParameter = schemas.StaticParameter;
  /** @description A fixed answer the model gets at once, without waiting for the tool's own answer. */
  export type StaticToolResponse = schemas.StaticToolResponse;
  /** @description Which agents a telephony provider may create incoming calls for, and how its requests fill the template context. */
  export interface TelephonyCallCreationSettings {
    /**
     * @description Whether the provider may create calls for every agent, not only `callCreationAllowedAgentIds`.
     * @default false
     */
    callCreationAllowAllAgents?: boolean;
    /**
     * @description The agents the provider may create calls for directly (for incoming
     *     calls). Not allowed when `callCreationAllowAllAgents` is true.
     */
    callCreationAllowedAgentIds?: readonly string[];
    /**
     * @description For incoming calls: maps fields of the provider's request to fields
     *     of the template context, both as dot-separated paths.
     */
    requestContextMapping?: {
      [key: string]: string;
    };
  }
  /** @description The account's telephony provider configurations, by provider (deprecated endpoint); null for a provider not configured. */
  export interface TelephonyCredentials {
    plivo?: PlivoConfig | null;
    telnyx?: TelnyxConfig | null;
    twilio?: TwilioConfig | null;
  }
  /** @description The account's Telnyx configuration. The keys are returned only as prefixes. */
  export interface TelnyxConfig extends TelephonyCallCreationSettings {
    /** @description Your Telnyx Account SID. */
    accountSid: string;
    /** @description The start of your Telnyx API key. */
    apiKeyPrefix?: never;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid: string;
    /** @description The start of your Telnyx public key. */
    publicKeyPrefix?: never;
  }
  /**
   * @description Telnyx media streaming. Put the join URL in your TexML
   *     (`<Connect><Stream url="..." bidirectionalMode="rtp"/></Connect>`), or
   *     set `outgoing` to have Ultravox place the call.
   */
  export type TelnyxMedium = schemas.TelnyxMedium;
  /**
   * @description Values for the `{{variables}}` in an agent's call template, keyed by
   *     variable name. Must match the template's `contextSchema`.
   */
  export type TemplateContext = schemas.TemplateContext;
  /** @description A start and end offset. */
  export type Timespan = schemas.Timespan;
  /** @description A durable tool that calls and agents select by `toolId` or `toolName`. */
  export interface Tool extends ToolSettings {
    /**
     * Format: date-time
     * @description When the tool was created.
     */
    created?: never;
    ownership?: never;
    /**
     * Format: uuid
     * @description The tool's unique ID.
     */
    toolId?: never;
    /** @description The tool's name, used to select it by `toolName`. */
    name: string;
    definition: BaseToolDefinition;
  }
  /** @description A call that used the tool. */
  export interface ToolHistoryEntry {
    call: Call;
    /** @description The errors counted for the tool in this call. */
    errorCount: number;
  }
  /** @description A page of the calls that used a tool. */
  export interface ToolHistoryPage extends PageLinks {
    results: readonly ToolHistoryEntry[];
  }
  /**
   * @description Changes to the agent's tools for one call: `remove` (or `removeAll`)
   *     applies first, then `add`. Set at most one of `remove` and `removeAll`.
   */
  export type ToolOverrides = ToolOverridesRemove | ToolOverridesRemoveAll;
  /** A `ToolOverrides` that sets `remove`. */
  export interface ToolOverridesRemove {
    /** @description Tools to add to the call. */
    add?: readonly SelectedTool[];
    /** @description Tools to take away, by their model-facing name (`nameOverride`, else `modelToolName`). */
    remove?: readonly string[];
    removeAll?: "removeAll: set only one of remove, removeAll";
  }
  /** A `ToolOverrides` that sets `removeAll`. */
  export interface ToolOverridesRemoveAll {
    /** @description Tools to add to the call. */
    add?: readonly SelectedTool[];
    remove?: "remove: set only one of remove, removeAll";
    /** @description Take away every tool of the agent. */
    removeAll: boolean;
  }
  /** @description A page of tools. */
  export interface ToolPage extends PageLinks {
    results: readonly Tool[];
  }
  /** @description The body of Create Tool and Update Tool; both take the complete tool. */
  export interface ToolRequest extends ToolSettings {
    /** @description The tool's name, used to select it by `toolName`. */
    name: string;
    definition: BaseToolDefinition;
  }
  /** @description What a call must provide to use the tool. */
  export interface ToolRequirements {
    httpSecurityOptions?: SecurityOptions;
    /** @description Dynamic parameters every call must override. */
    requiredParameterOverrides?: readonly string[];
  }
  /** @description The fields of a durable tool that you set. */
  export interface ToolSettings {
    definition?: BaseToolDefinition;
    /** @description The tool's name, used to select it by `toolName`. */
    name?: string;
  }
  /** @description The text-to-speech provider keys set on the account, as prefixes. Providers without a key are left out. */
  export type TtsApiKeys = schemas.TtsApiKeys;
  /** @description The account's Twilio configuration. The auth token is returned only as a prefix. */
  export interface TwilioConfig extends TelephonyCallCreationSettings {
    /** @description Your Twilio Account SID. */
    accountSid: string;
    /** @description The start of your Twilio auth token. */
    authTokenPrefix?: never;
  }
  /**
   * @description Twilio Media Streams. Put the join URL in your TwiML
   *     (`<Connect><Stream url="..."/></Connect>`), or set `outgoing` to have
   *     Ultravox place the call.
   */
  export type TwilioMedium = schemas.TwilioMedium;
  /** @description Requires an Ultravox call token with these scopes. */
  export interface UltravoxCallTokenRequirement {
    scopes?: readonly string[];
  }
  /** @description The body of Update Agent. Every field is optional; fields left out keep their values. */
  export interface UpdateAgentRequest {
    /** @description The settings the agent's calls start from; null removes them. */
    callTemplate?: CallTemplate | null;
    /** @description The agent's name. */
    name?: string;
  }
  /** @description The body of Patch Call Throttle. Every field is optional. */
  export interface UpdateCallThrottleRequest extends CallThrottleSettings {}
  /** @description The body of Update Corpus Source. Changes only the fields given; a source stays one kind, so set at most one of `crawl`, `upload`, `advanced` or `loadSpec`. */
  export type UpdateCorpusSourceRequest = CorpusSourceSettings &
    (
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl?: unknown;
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload: unknown;
        }
      | {
          advanced?: "advanced: set only one of crawl, upload, loadSpec, advanced";
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec: unknown;
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
      | {
          advanced: unknown;
          crawl?: "crawl: set only one of crawl, upload, loadSpec, advanced";
          loadSpec?: "loadSpec: set only one of crawl, upload, loadSpec, advanced";
          upload?: "upload: set only one of crawl, upload, loadSpec, advanced";
        }
    );
  /** @description Plivo settings to change. Every field is optional. */
  export interface UpdatePlivoConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Plivo Auth ID. */
    authId?: string;
    /** @description Your Plivo auth token. Never returned; see `authTokenPrefix`. */
    authToken?: string;
  }
  /** @description The body of Update Scheduled Call Batch. Every field is optional. */
  export interface UpdateScheduledCallBatchRequest extends ScheduledCallBatchSettings {
    /** @description The calls to make, one entry per call. */
    calls?: readonly ScheduledCallRequest[];
  }
  /** @description The body of Update Account SIP Configuration. Every field is optional. */
  export interface UpdateSipConfigRequest extends SipConfigSettings {}
  /** @description The body of Update SIP Registration. Every field is optional. */
  export interface UpdateSipRegistrationRequest extends SipRegistrationSettings {}
  /** @description Telnyx settings to change. Every field is optional. */
  export interface UpdateTelnyxConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Telnyx Account SID. */
    accountSid?: string;
    /** @description Your Telnyx API key. Never returned; see `apiKeyPrefix`. */
    apiKey?: string;
    /** @description Your Telnyx TeXML application SID; its outbound voice profile must allow the numbers you call. */
    applicationSid?: string;
    /** @description Your Telnyx public key. Never returned; see `publicKeyPrefix`. */
    publicKey?: string;
  }
  /** @description Twilio settings to change. Every field is optional. */
  export interface UpdateTwilioConfigRequest extends TelephonyCallCreationSettings {
    /** @description Your Twilio Account SID. */
    accountSid?: string;
    /** @description Your Twilio auth token. Never returned; see `authTokenPrefix`. */
    authToken?: string;
  }
  /** @description The body of Update Voice. Changes only the fields given. */
  export interface UpdateVoiceRequest extends VoiceSettings {}
  /** @description The body of Update Webhook. Changes only the fields given. */
  export interface UpdateWebhookRequest extends WebhookSettings {}
  /** @description The user speaks first. */
  export type UserFirstSpeakerSettings = schemas.UserFirstSpeakerSettings;
  /** @description A typed message that reaches the agent as if the user said it. */
  export type UserTextMessage = schemas.UserTextMessage;
  /** @description Voice activity detection settings that control turn-taking. */
  export type VadSettings = schemas.VadSettings;
  /** @description A voice the agent can speak with. */
  export interface Voice extends VoiceSettings {
    billingStyle?: never;
    /** @description The primary language for display, with its flag, such as `🇺🇸 English (United States)`; null when unknown. */
    languageLabel?: never;
    ownership?: never;
    /**
     * Format: uri
     * @description Where to hear a sample of the voice.
     */
    previewUrl?: never;
    /** @description The text-to-speech provider behind the voice, or null if none is named. */
    provider?: never;
    /**
     * Format: uuid
     * @description The voice's unique ID; pass it as a call's `voice`.
     */
    voiceId?: never;
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name: string;
  }
  /**
   * @description How a voice is paid for: `INCLUDED` costs nothing beyond the call;
   *     `EXTERNAL` needs your own API key for its provider, who bills you
   *     directly.
   * @enum {string}
   */
  export type VoiceBillingStyle = schemas.VoiceBillingStyle;
  /** @description A page of voices. */
  export interface VoicePage extends PageLinks {
    results: readonly Voice[];
  }
  /**
   * @description A voice from an external provider: the JSON body of Create Voice,
   *     Replace Voice and Preview Voice.
   */
  export interface VoiceRequest extends VoiceSettings {
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name: string;
    /** @description For a voice from your own text-to-speech provider, how to reach it. */
    definition: ExternalVoice;
  }
  /** @description The fields of a voice that you set. */
  export interface VoiceSettings {
    /** @description For a voice from your own text-to-speech provider, how to reach it. */
    definition?: ExternalVoice;
    /** @description What the voice sounds like. */
    description?: string | null;
    /** @description The voice's name; unique within the account. Calls may select the voice by it. */
    name?: string;
    /**
     * @description The BCP 47 code of the language the voice is mainly for.
     * @example en-US
     */
    primaryLanguage?: string | null;
  }
  /** @description A subscription that POSTs call events to a URL. */
  export interface Webhook extends WebhookSettings {
    /**
     * Format: date-time
     * @description When the webhook was created.
     */
    created?: never;
    /**
     * Format: date-time
     * @description When `status` last changed.
     */
    lastStatusChange?: never;
    /** @description Recent failed deliveries, if any. */
    recentFailures?: never;
    status?: never;
    /**
     * Format: uuid
     * @description The webhook's unique ID.
     */
    webhookId?: never;
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url: string;
    /** @description The events to send. */
    events: readonly WebhookEventName[];
  }
  /**
   * @description A call event a webhook can subscribe to: `call.started` (the call was
   *     created), `call.joined` (a client connected), `call.ended` (the call
   *     ended, joined or not), `call.billed` (billing is final).
   * @enum {string}
   */
  export type WebhookEventName = schemas.WebhookEventName;
  /** @description A failed delivery. */
  export type WebhookFailure = schemas.WebhookFailure;
  /** @description A page of webhooks. */
  export interface WebhookPage extends PageLinks {
    results: readonly Webhook[];
  }
  /** @description The body of Create Webhook and Replace Webhook. */
  export interface WebhookRequest extends WebhookSettings {
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url: string;
    /** @description The events to send. */
    events: readonly WebhookEventName[];
  }
  /** @description The fields of a webhook that you set. */
  export interface WebhookSettings {
    /**
     * Format: uuid
     * @description If set, only events of calls created from this agent are sent.
     */
    agentId?: string | null;
    /** @description The events to send. */
    events?: readonly WebhookEventName[];
    /**
     * @description Keys that sign deliveries: `X-Ultravox-Webhook-Signature` carries a
     *     signature per secret, so list the old and the new secret while
     *     rotating. When none is given on creation, Ultravox generates one.
     */
    secrets?: readonly string[];
    /**
     * Format: uri
     * @description The URL events are POSTed to; prefer HTTPS.
     * @example https://example.com/ultravox/events
     */
    url?: string;
  }
  /**
   * @description Whether deliveries to the webhook are succeeding (`normal`) or failing (`unhealthy`).
   * @enum {string}
   */
  export type WebhookStatus = schemas.WebhookStatus;
  /** @description WebRTC through the Ultravox client SDK (the default). */
  export type WebRtcMedium = schemas.WebRtcMedium;
}
