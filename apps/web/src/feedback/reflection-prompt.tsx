import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../ui/form-fields';

/**
 * The pause before the points: the point of Pivotal is that feedback is information for the next
 * interview, not a verdict on the person. The candidate's own thoughts stay in this browser tab.
 */
export const ReflectionPrompt = ({ onReady }: { onReady: (reflection: string) => void }) => {
  const [reflection, setReflection] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReady(reflection.trim());
  };
  return (
    <form onSubmit={submit} className="panel reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Before you read it</h2>
      <p>
        This feedback is information for your next interview, not a verdict on you. Everyone who interviews
        hears no more often than yes; what matters is what you take into the next one.
      </p>
      <TextAreaField
        label="What do you think went well, and what would you do differently?"
        hint="Optional, and only for you."
        value={reflection}
        onChange={(event) => setReflection(event.target.value)}
      />
      <button type="submit">Show me the feedback</button>
    </form>
  );
};
