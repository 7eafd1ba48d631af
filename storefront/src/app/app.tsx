import { BackendStatus } from "./backend-status"

export function App() {
  return (
    <main
      style={{
        fontFamily: "system-ui, sans-serif",
        maxWidth: 720,
        margin: "3rem auto",
        padding: "0 1rem",
      }}
    >
      <h1>天府丰收 Tianfu Harvest</h1>
      <p>来自四川脱贫县合作社的特产，每一笔收入都可追溯到农户。</p>
      <p>
        Specialties from cooperatives in Sichuan&apos;s formerly poor counties,
        every yuan traced to the households who grew them.
      </p>
      <BackendStatus />
    </main>
  )
}
