// One question of the survey as Aksel form fields: radios for single choices and ranges,
// checkboxes for multiple choices (an exclusive option clears the others), a text area per open
// field, a row of radios per grid row; and, where Husly filled it in, the figure behind the
// answer.
import {
  Alert,
  BodyShort,
  Box,
  Checkbox,
  CheckboxGroup,
  Fieldset,
  HStack,
  Radio,
  RadioGroup,
  ReadMore,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import {
  chooseRow,
  looksLikeName,
  maxOpenText,
  sameAnswer,
  toggle,
  writeText,
} from "./surveyLogic";
import type { Answer, Question } from "./surveyLogic";

export interface PrefillNote {
  figure: string;
  rule: string;
  answer: Answer;
}

interface Props {
  question: Question;
  /** The question's number in the questionnaire («Spm. 4»). */
  number: number;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  id: string;
  error?: string;
  prefill?: PrefillNote;
  period: string;
  readOnly?: boolean;
}

function Prefilled({
  note,
  period,
  changed,
}: {
  note: PrefillNote;
  period: string;
  changed: boolean;
}) {
  return (
    <Box background="info-soft" padding="space-8" borderRadius="4">
      <BodyShort size="small">
        <strong>Forhåndsutfylt fra Husly:</strong> {note.figure} ({period}).
        {changed && " Du har endret svaret."}
      </BodyShort>
      <ReadMore header="Slik er svaret funnet" size="small">
        {note.rule}
      </ReadMore>
    </Box>
  );
}

export function QuestionField({
  question,
  number,
  answer,
  onChange,
  id,
  error,
  prefill,
  period,
  readOnly,
}: Props) {
  const legend = (
    <>
      <span className="survey-label">Spm. {number}</span> {question.text}
    </>
  );
  const note = prefill && (
    <Prefilled note={prefill} period={period} changed={!sameAnswer(prefill.answer, answer)} />
  );
  const codes = (answer?.codes ?? []).map(String);
  const options = question.options ?? [];
  // The text field of an open option (at most 4 000 characters, as the server allows). Open
  // answers are read outside the office: a text that looks like a name gets a warning.
  const openText = (code: number, label: string) => {
    const text = answer?.texts?.[String(code)] ?? "";
    const warn = !question.personal && !readOnly && looksLikeName(text);
    return (
      <VStack key={code} gap="space-4">
        <Textarea
          id={`${id}-text-${code}`}
          label={label}
          value={text}
          onChange={(event) => onChange(writeText(question, answer, code, event.target.value))}
          maxLength={maxOpenText}
          minRows={2}
          readOnly={readOnly}
        />
        {warn && (
          <Alert variant="warning" size="small" inline role="status">
            Teksten ser ut til å inneholde et navn. Svarene leses av analytikere utenfor kontoret:
            skriv uten navn på enkeltpersoner.
          </Alert>
        )}
      </VStack>
    );
  };

  if (question.type === "single" || question.type === "range")
    return (
      <VStack gap="space-8">
        <RadioGroup
          id={id}
          legend={legend}
          value={codes[0] ?? ""}
          onChange={(value: string) => onChange(toggle(question, undefined, Number(value)))}
          error={error}
          readOnly={readOnly}
          description={question.required ? undefined : "Valgfritt"}
        >
          {options.map((option) => (
            <Radio key={option.code} value={String(option.code)}>
              {option.text}
            </Radio>
          ))}
        </RadioGroup>
        {note}
      </VStack>
    );

  if (question.type === "grid")
    return (
      <VStack gap="space-8" id={id}>
        <Fieldset
          legend={legend}
          error={error}
          description={question.required ? "Svar på alle radene" : "Valgfritt"}
        >
          <VStack gap="space-12">
            {(question.rows ?? []).map((row) => (
              <RadioGroup
                key={row.code}
                id={`${id}-row-${row.code}`}
                legend={row.text}
                size="small"
                value={String(answer?.rows?.[String(row.code)] ?? "")}
                onChange={(value: string) => onChange(chooseRow(answer, row.code, Number(value)))}
                readOnly={readOnly}
              >
                <HStack gap="space-16" wrap>
                  {(question.scale ?? []).map((point) => (
                    <Radio key={point.code} value={String(point.code)}>
                      {point.text}
                    </Radio>
                  ))}
                </HStack>
              </RadioGroup>
            ))}
          </VStack>
        </Fieldset>
        {note}
      </VStack>
    );

  // Multiple choice and open questions: checkboxes, with a text field for each open option.
  const openOnly = question.type === "open";
  return (
    <VStack gap="space-8">
      <CheckboxGroup
        id={id}
        legend={legend}
        value={codes}
        onChange={() => undefined}
        error={error}
        readOnly={readOnly}
        description={question.required ? undefined : "Valgfritt"}
      >
        {options.map((option) =>
          option.open && openOnly ? (
            openText(option.code, option.text)
          ) : (
            <VStack key={option.code} gap="space-4">
              <Checkbox
                value={String(option.code)}
                onChange={() => onChange(toggle(question, answer, option.code))}
              >
                {option.text}
              </Checkbox>
              {option.open &&
                codes.includes(String(option.code)) &&
                openText(option.code, `Utdyp: ${option.text}`)}
            </VStack>
          ),
        )}
      </CheckboxGroup>
      {note}
    </VStack>
  );
}
