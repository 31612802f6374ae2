// generated — do not edit. Source: web/openapi.json; regenerate with `npm run gen:client`.
/* eslint-disable */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health */
        get: operations["health_api_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Course Map */
        get: operations["course_map_api_course_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{module_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lesson */
        get: operations["lesson_api_modules__module_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run */
        post: operations["run_api_run_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exercises/{module_id}/{slug}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check */
        post: operations["check_api_exercises__module_id___slug__check_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exercises/{module_id}/{slug}/solution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Solution */
        post: operations["solution_api_exercises__module_id___slug__solution_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz/{module_id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check */
        post: operations["check_api_quiz__module_id__check_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/explain/{concept}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Steps */
        get: operations["steps_api_explain__concept__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** CheckResult */
        CheckResult: {
            /**
             * Status
             * @enum {string}
             */
            status: "pass" | "fail" | "error" | "not-attempted" | "limit";
            /** Summary */
            summary: string;
            /** Tests */
            tests: components["schemas"]["TestResult"][];
            /** Output */
            output: string;
        };
        /** ChoiceOut */
        ChoiceOut: {
            /** Id */
            id: string;
            /** Text Html */
            text_html: string;
        };
        /** CodeBody */
        CodeBody: {
            /**
             * Code
             * @description Python source code
             */
            code: string;
        };
        /** CourseMap */
        CourseMap: {
            /** Title */
            title: string;
            /** Parts */
            parts: components["schemas"]["PartSummary"][];
        };
        /** ExerciseOut */
        ExerciseOut: {
            /** Slug */
            slug: string;
            /** Title */
            title: string;
            /** Difficulty */
            difficulty: string;
            /** Required */
            required: boolean;
            /** Function */
            function: string | null;
            /** Tasks */
            tasks: components["schemas"]["TaskOut"][];
            /** Hints */
            hints: string[];
            /** Starter */
            starter: string;
        };
        /** ExerciseRef */
        ExerciseRef: {
            /** Slug */
            slug: string;
            /** Title */
            title: string;
            /** Required */
            required: boolean;
        };
        /** ExplainOut */
        ExplainOut: {
            /** Concept */
            concept: string;
            /** Steps */
            steps: components["schemas"]["StepOut"][];
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Health */
        Health: {
            /** Ok */
            ok: boolean;
            /** Version */
            version: string;
            /** Runner */
            runner: string;
        };
        /** LessonOut */
        LessonOut: {
            /** Id */
            id: string;
            /** Number */
            number: string;
            /** Title */
            title: string;
            /** Minutes */
            minutes: number;
            part: components["schemas"]["PartRefOut"];
            /** Objectives */
            objectives: string[];
            /** Out Of Scope */
            out_of_scope: string[];
            /** Prev */
            prev: string | null;
            /** Next */
            next: string | null;
            /** Blocks */
            blocks: {
                [key: string]: unknown;
            }[];
            /** Exercises */
            exercises: components["schemas"]["ExerciseOut"][];
            quiz: components["schemas"]["QuizOut"];
        };
        /** ModuleSummary */
        ModuleSummary: {
            /** Id */
            id: string;
            /** Number */
            number: string;
            /** Title */
            title: string;
            /** Minutes */
            minutes: number;
            /** Exercises */
            exercises: components["schemas"]["ExerciseRef"][];
            /** Quiz Size */
            quiz_size: number;
        };
        /** PartRefOut */
        PartRefOut: {
            /** Id */
            id: string;
            /** Number */
            number: number;
            /** Title */
            title: string;
        };
        /** PartSummary */
        PartSummary: {
            /** Id */
            id: string;
            /** Number */
            number: number;
            /** Title */
            title: string;
            /** Weeks */
            weeks: string;
            /** Summary */
            summary: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "in-preparation";
            /** Modules */
            modules: components["schemas"]["ModuleSummary"][];
        };
        /** QuestionOut */
        QuestionOut: {
            /** Id */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "choice" | "numeric" | "predict";
            /** Prompt Html */
            prompt_html: string;
            /** Code */
            code: string | null;
            /** Choices */
            choices: components["schemas"]["ChoiceOut"][] | null;
        };
        /** QuizAnswers */
        QuizAnswers: {
            /** Answers */
            answers: {
                [key: string]: string | number;
            };
        };
        /** QuizItemResult */
        QuizItemResult: {
            /** Id */
            id: string;
            /** Correct */
            correct: boolean;
            /** Explanation */
            explanation: string;
            /** Answer Text */
            answer_text: string;
        };
        /** QuizOut */
        QuizOut: {
            /** Questions */
            questions: components["schemas"]["QuestionOut"][];
        };
        /** QuizResult */
        QuizResult: {
            /** Score */
            score: number;
            /** Total */
            total: number;
            /** Results */
            results: components["schemas"]["QuizItemResult"][];
        };
        /** SolutionOut */
        SolutionOut: {
            /** Solution */
            solution: string;
            /** Walkthrough Html */
            walkthrough_html: string;
            /** Tests Source */
            tests_source: string;
        };
        /** StepOut */
        StepOut: {
            /** Text */
            text: string;
            /** Expr */
            expr: string;
            /** Value */
            value: number | string;
        };
        /** TaskOut */
        TaskOut: {
            /** Id */
            id: number;
            /** Text Html */
            text_html: string;
        };
        /** TestResult */
        TestResult: {
            /** Name */
            name: string;
            /** Task */
            task: number;
            /**
             * Status
             * @enum {string}
             */
            status: "pass" | "fail" | "error";
            /** Message */
            message: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health_api_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    course_map_api_course_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseMap"];
                };
            };
        };
    };
    lesson_api_modules__module_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    run_api_run_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    check_api_exercises__module_id___slug__check_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    solution_api_exercises__module_id___slug__solution_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SolutionOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    check_api_quiz__module_id__check_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizAnswers"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResult"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    steps_api_explain__concept__get: {
        parameters: {
            query?: {
                inputs?: string;
            };
            header?: never;
            path: {
                concept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplainOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
