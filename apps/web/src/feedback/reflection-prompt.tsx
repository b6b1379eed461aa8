import { useState, type FormEvent } from 'react';
import { FormMessage, TextAreaField } from '../ui/form-fields';

/**
 * The pause before the points: the point of Pivotal is that feedback is information for the next
 * interview, not a verdict on the person. What the candidate writes is kept with the application,
 * to read beside what they said; leaving it blank shows the feedback without keeping anything.
 */
export const ReflectionPrompt = ({
  onReady,
  saving = false,
  error,
  message,
}: {
  onReady: (reflection: string) => void;
  saving?: boolean;
  error?: string | undefined;
  message?: string | null;
}) => {
  const [reflection, setReflection] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReady(reflection.trim());
  };
  return (
    <form onSubmit={submit} noValidate className="panel reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Before you read it</h2>
      <p>
        This feedback is information for your next interview, not a verdict on you. Everyone who interviews
        hears no more often than yes; what matters is what you take into the next one.
      </p>
      <TextAreaField
        label="What do you think went well, and what would you do differently?"
        hint="Optional, and only for you: kept with this application, to read beside what they said."
        value={reflection}
        onChange={(event) => setReflection(event.target.value)}
        error={error}
      />
      <FormMessage message={message} />
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Show me the feedback'}
      </button>
    </form>
  );
};
