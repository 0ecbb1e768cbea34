// Journal notes: written once, never changed. A correction is a new note pointing to the one it
// corrects, so the record shows both.
import { BodyShort, Box, Button, HStack, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDateTime } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";

export function NotesSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("note");
  const [text, setText] = useState("");
  const [corrects, setCorrects] = useState<number | null>(null);
  const correctedBy = (id: number) => stay.notes.filter((note) => note.correctsNoteId === id);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() => api.addNote(stay.id, text, corrects ?? undefined));
    if (result) {
      onChange(result);
      setText("");
      setCorrects(null);
    }
  }

  return (
    <Section id="notes" title="Journalnotater">
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        {stay.notes.length === 0 && <BodyShort>Ingen notater ennå.</BodyShort>}
        {stay.notes.map((note, index) => (
          <Box key={note.id} padding="space-16" background="default" borderRadius="8">
            <BodyShort size="small" textColor="subtle">
              Notat {index + 1} · {formatDateTime(note.writtenAt)} · {note.writtenBy}
              {note.correctsNoteId &&
                ` · retter notat ${stay.notes.findIndex((n) => n.id === note.correctsNoteId) + 1}`}
              {correctedBy(note.id).length > 0 && " · er rettet senere"}
            </BodyShort>
            <BodyShort style={{ whiteSpace: "pre-wrap" }}>{note.text}</BodyShort>
            <Button
              type="button"
              size="small"
              variant="tertiary"
              onClick={() => {
                setCorrects(note.id);
                document.getElementById(form.fieldId("text"))?.focus();
              }}
            >
              Rett notat {index + 1}
            </Button>
          </Box>
        ))}
        <form id="note" onSubmit={add} noValidate>
          <VStack gap="space-8">
            <Textarea
              {...form.field("text")}
              label={
                corrects
                  ? `Rettelse til notat ${stay.notes.findIndex((n) => n.id === corrects) + 1}`
                  : "Nytt notat"
              }
              description="Notater kan ikke endres eller slettes etterpå."
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            {form.summary}
            <HStack gap="space-8">
              <Button type="submit" loading={form.busy}>
                {corrects ? "Lagre rettelsen" : "Lagre notatet"}
              </Button>
              {corrects && (
                <Button type="button" variant="tertiary" onClick={() => setCorrects(null)}>
                  Avbryt rettelsen
                </Button>
              )}
            </HStack>
          </VStack>
        </form>
      </VStack>
    </Section>
  );
}
