import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout/Layout";
import { CourseMap } from "./pages/CourseMap";
import { LessonPage } from "./pages/LessonPage";
import { NotFound } from "./pages/NotFound";
import { ProgressPage } from "./pages/ProgressPage";
import { AccountPage } from "./features/account/AccountPage";
import { SignInPage, SignUpPage } from "./features/account/AccountForms";
import { CertificatePage } from "./features/dashboard/CertificatePage";
import { DashboardPage } from "./features/dashboard/DashboardPage";
import { ReviewQueuePage } from "./features/dashboard/ReviewQueuePage";

/** The app shell: a router and a layout, nothing else. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CourseMap />} />
        <Route path="learn/:moduleId" element={<LessonPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="review" element={<ReviewQueuePage />} />
        <Route path="certificate" element={<CertificatePage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
