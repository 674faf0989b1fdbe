/**
 * The coordinators' message to everyone registered or waiting for an event (issue 18 part 3):
 * one schema for the browser and the server. Error messages are i18n keys
 * ("events:coordinator.message.errors.…"). `messageId` is the form's one-time id (made when
 * the page is rendered): it goes into each mail's idempotency key, so the same form sent
 * twice (a double click, a retry) writes each person's mail once.
 */
import { z } from "zod";

/** Longest subject, in characters (after trimming). */
export const EVENT_MESSAGE_SUBJECT_MAX = 150;
/** Longest message, in characters (after trimming). */
export const EVENT_MESSAGE_BODY_MAX = 5000;

const err = (key: string) => `events:coordinator.message.errors.${key}`;

export const eventMessageSchema = z.object({
  messageId: z.string().regex(/^[a-z0-9-]{8,64}$/i),
  subject: z
    .string({ required_error: err("subjectRequired") })
    .trim()
    .min(1, err("subjectRequired"))
    .max(EVENT_MESSAGE_SUBJECT_MAX, err("subjectTooLong")),
  body: z
    .string({ required_error: err("bodyRequired") })
    .trim()
    .min(1, err("bodyRequired"))
    .max(EVENT_MESSAGE_BODY_MAX, err("bodyTooLong")),
});

export type EventMessageInput = z.infer<typeof eventMessageSchema>;
