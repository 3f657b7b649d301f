export default function Home() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Salesforce OAuth Playground</h1>
    </div>
  );
}
