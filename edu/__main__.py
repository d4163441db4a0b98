from edu.cli import main

raise SystemExit(main())
