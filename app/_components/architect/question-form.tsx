import { QUESTIONS, type Answers, type Question } from '@/content/architect/questions';
import Link from 'next/link';
import { BUTTON, LINK, MUTED } from './styles';

function QuestionField({ question, answers }: { question: Question; answers: Answers }) {
  const chosen = answers[question.id] ?? question.assumed;
  const whyId = `why-${question.id}`;
  return (
    <fieldset aria-describedby={whyId} className="min-w-0">
      <legend className="font-semibold">{question.text}</legend>
      <p id={whyId} className={`mt-0.5 text-sm ${MUTED}`}>
        {question.why}
      </p>
      <div className="mt-2 space-y-1">
        {question.options.map((option) => {
          const id = `${question.id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={id}
                name={question.param}
                value={option.value}
                defaultChecked={chosen === option.value}
                required={question.assumed === undefined}
                className="mt-1 h-4 w-4 shrink-0 accent-blue-700 dark:accent-blue-300"
              />
              <label htmlFor={id} className="min-w-0">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The chooser's questions as a plain GET form: the answers land in the URL, and the page needs no script. */
export function QuestionForm({ answers }: { answers: Answers }) {
  const groups = [
    { id: 'integration', title: 'The integration', questions: QUESTIONS.filter((q) => q.group === 'integration') },
    { id: 'special', title: 'Special cases: leave at No unless one applies', questions: QUESTIONS.filter((q) => q.group === 'special') },
  ];
  return (
    <form method="get" action="/choose#recommendation" aria-labelledby="questions-heading" className="space-y-6">
      <h2 id="questions-heading" className="text-xl font-semibold">
        Questions
      </h2>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className="space-y-5">
          <h3 id={`group-${group.id}`} className="text-lg font-semibold">
            {group.title}
          </h3>
          {group.questions.map((question) => (
            <QuestionField key={question.id} question={question} answers={answers} />
          ))}
        </section>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={BUTTON}>
          Recommend a flow
        </button>
        <Link href="/choose" className={LINK}>
          Start again
        </Link>
      </div>
    </form>
  );
}
